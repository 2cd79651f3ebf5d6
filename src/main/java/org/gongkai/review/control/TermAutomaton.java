package org.gongkai.review.control;

import org.gongkai.review.entity.Finding;
import org.gongkai.review.entity.FindingKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over {@code char}s that finds every sensitive term in one pass over the
 * text, whatever the number of terms. Terms and text are compared after {@link Chars#fold(char)}
 * (case and full-width forms do not matter).
 *
 * <p>Overlaps: a match that lies inside a longer match is not reported (the term list holding both
 * 法轮 and 法轮功 yields only 法轮功), while matches that merely overlap are both reported (国家秘密 and
 * 秘密文件 in 国家秘密文件), so that the reviewer sees every term the list names. A term that begins
 * or ends with an ASCII letter or digit matches only where the text has no ASCII letter or digit just
 * beyond it, so that the term {@code av} is not found inside {@code average}.
 *
 * <p>The compiled automaton is immutable: the root's transitions are a table indexed by the
 * character, every other state's transitions a sorted range searched by bisection.
 */
final class TermAutomaton {

    private static final int ROOT = 0;

    private final int[] rootNext;
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] fail;
    /** length of the term that ends in this state, 0 when none does */
    private final int[] termLength;
    /** the nearest state on the failure chain where a term ends, {@link #ROOT} when none */
    private final int[] outputLink;
    private final int termCount;

    TermAutomaton(Collection<String> terms) {
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        children.add(new TreeMap<>());
        int[] lengths = new int[16];
        int count = 0;
        for (String raw : terms) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String term = Chars.fold(raw.strip());
            int state = ROOT;
            for (int k = 0; k < term.length(); k++) {
                Integer next = children.get(state).get(term.charAt(k));
                if (next == null) {
                    next = children.size();
                    children.add(new TreeMap<>());
                    children.get(state).put(term.charAt(k), next);
                }
                state = next;
            }
            if (state >= lengths.length) {
                lengths = Arrays.copyOf(lengths, Math.max(state + 1, lengths.length * 2));
            }
            if (lengths[state] == 0) {
                count++;
            }
            lengths[state] = term.length();
        }
        int states = children.size();
        termCount = count;
        termLength = Arrays.copyOf(lengths, states);

        edgeStart = new int[states + 1];
        int edges = 0;
        for (int s = 0; s < states; s++) {
            edgeStart[s] = edges;
            edges += children.get(s).size();
        }
        edgeStart[states] = edges;
        edgeChar = new char[edges];
        edgeTarget = new int[edges];
        rootNext = new int[Character.MAX_VALUE + 1];
        for (int s = 0; s < states; s++) {
            int e = edgeStart[s];
            for (Map.Entry<Character, Integer> edge : children.get(s).entrySet()) {
                edgeChar[e] = edge.getKey();
                edgeTarget[e] = edge.getValue();
                e++;
            }
        }
        for (Map.Entry<Character, Integer> edge : children.get(ROOT).entrySet()) {
            rootNext[edge.getKey()] = edge.getValue();
        }

        fail = new int[states];
        outputLink = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int e = edgeStart[ROOT]; e < edgeStart[ROOT + 1]; e++) {
            queue.add(edgeTarget[e]);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
                int t = edgeTarget[e];
                int f = next(fail[s], edgeChar[e]);
                fail[t] = f;
                outputLink[t] = termLength[f] > 0 ? f : outputLink[f];
                queue.add(t);
            }
        }
    }

    int termCount() {
        return termCount;
    }

    private int child(int state, char c) {
        int lo = edgeStart[state];
        int hi = edgeStart[state + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = edgeChar[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return -1;
    }

    private int next(int state, char c) {
        while (state != ROOT) {
            int t = child(state, c);
            if (t >= 0) {
                return t;
            }
            state = fail[state];
        }
        return rootNext[c];
    }

    /** Adds the findings of {@code text} to {@code out}, ordered by start. */
    void scan(char[] text, List<Finding> out) {
        if (termCount == 0) {
            return;
        }
        int[] starts = new int[16];
        int[] ends = new int[16];
        int size = 0;
        int state = ROOT;
        for (int i = 0; i < text.length; i++) {
            char c = Chars.fold(text[i]);
            state = state == ROOT ? rootNext[c] : next(state, c);
            if (state == ROOT) {
                continue;
            }
            int o = termLength[state] > 0 ? state : outputLink[state];
            while (o != ROOT) {
                int start = i + 1 - termLength[o];
                if (standsApart(text, start, i + 1)) {
                    // Every earlier candidate starting at or after this one lies inside it.
                    while (size > 0 && starts[size - 1] >= start) {
                        size--;
                    }
                    if (size == starts.length) {
                        starts = Arrays.copyOf(starts, size * 2);
                        ends = Arrays.copyOf(ends, size * 2);
                    }
                    starts[size] = start;
                    ends[size] = i + 1;
                    size++;
                    break;
                }
                o = outputLink[o];
            }
        }
        for (int k = 0; k < size; k++) {
            out.add(new Finding(FindingKind.SENSITIVE_TERM, new String(text, starts[k], ends[k] - starts[k]),
                    starts[k], ends[k], null));
        }
    }

    private static boolean standsApart(char[] text, int start, int end) {
        if (start > 0 && Chars.isAsciiAlnum(Chars.fold(text[start]))
                && Chars.isAsciiAlnum(Chars.fold(text[start - 1]))) {
            return false;
        }
        return end >= text.length || !Chars.isAsciiAlnum(Chars.fold(text[end - 1]))
                || !Chars.isAsciiAlnum(Chars.fold(text[end]));
    }
}
