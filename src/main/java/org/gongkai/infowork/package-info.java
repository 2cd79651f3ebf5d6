/**
 * The information work (政务信息报送与考评): units' information officers (信息员) submit items signed
 * by their head (审签); the office's information section (信息科) edits, returns, declines or adopts
 * them into its publications, compiles numbered issues (期), records adoptions by higher levels and
 * leaders' instructions (批示) with the units' feedback, and commissions articles (约稿). Every point
 * is a row of an append-only ledger scored under the year's rules, which are data kept in versions;
 * rankings, the 通报 and the year's award candidates are read from the ledger.
 */
package org.gongkai.infowork;
