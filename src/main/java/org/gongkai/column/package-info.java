/**
 * The site's columns (栏目) and the website inspection (国办秘函〔2019〕19号): the administrator sets up
 * columns with their responsible unit, editor and backup, and update cycle; editors publish articles
 * into them through the confidentiality review; a column may also list the catalogue's entries of a
 * subject or genre. The site-health page shows each column's idleness and the inspection's veto
 * lines, and the responsible editors are warned by e-mail before a line is crossed.
 */
package org.gongkai.column;
