package org.gongkai.review.control;

import org.gongkai.review.entity.Finding;
import org.gongkai.review.entity.FindingKind;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers that keep the scanner tests readable. */
final class ScanAssertions {

    private ScanAssertions() {
    }

    /** "KIND:text" for each finding, in order. */
    static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.kind() + ":" + f.text()).collect(Collectors.toList());
    }

    static List<String> texts(List<Finding> findings, FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).map(Finding::text).collect(Collectors.toList());
    }

    static List<Finding> only(List<Finding> findings, FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).collect(Collectors.toList());
    }
}
