#!/usr/bin/env bash
# Checks that every class and method the docs cite exists in src/.
#
# A citation is a back-quoted name relative to org.gongkai (the prefix may be written out):
#   `request.control.ReplyPeriods#deadline`   class and method
#   `request.control.ReplyPeriods`            class only
# The class must be a file under src/main/java or src/test/java (a nested type: its outer file).
# The method must be declared in that file; for a test class (*Test, *IT) it must carry @Test.
# Also fails when a doc points at reference files outside the repository (the strings below).
# Usage: docs/check-links.sh [file.md ...]   (default: every docs/*.md). Exit 1 on any miss.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(docs/*.md)

checked=0
missing=0

find_file() { # dotted class name relative to org.gongkai -> file path, or nothing
    local name="$1" path
    while [ -n "$name" ]; do
        path="${name//.//}.java"
        for base in src/main/java/org/gongkai src/test/java/org/gongkai; do
            [ -f "$base/$path" ] && { echo "$base/$path"; return; }
        done
        # a nested type: drop the last segment while it starts with a capital letter
        local last="${name##*.}"
        [[ "$name" == *.* && "${name%.*}" =~ \.[A-Z][A-Za-z0-9]*$ && "$last" =~ ^[A-Z] ]] || return
        name="${name%.*}"
    done
}

declares() { # file method -> 0 when the file declares the method (a type or void just before its name)
    grep -Pq "^\s*(?!(return|new|throw|else|case|yield)\b)[\w@<>,.?\[\] ]*[\w>\]]\s+$2\s*\(" "$1"
}

is_test() { # file method -> 0 when the method is annotated @Test (or a JUnit variant) just above
    awk -v m="$2" '
        /@(Test|ParameterizedTest|RepeatedTest)([^A-Za-z]|$)/ { window = 4 }
        $0 ~ "void[ \t]+" m "[ \t]*\\(" { if (window > 0) found = 1 }
        { if (window > 0) window-- }
        END { exit found ? 0 : 1 }' "$1"
}

for doc in "${files[@]}"; do
    for bad in '..''/shared' 'shared''/docs' 'stack''-notes'; do  # split so this file passes its own check
        if grep -qF -- "$bad" "$doc"; then
            echo "FORBIDDEN  $doc contains '$bad'"
            missing=$((missing + 1))
        fi
    done
    # back-quoted dotted names whose last class segment starts with a capital letter
    while IFS= read -r cite; do
        case "$cite" in java.*|javax.*|jakarta.*) continue ;; esac  # the platform's own classes
        ref="${cite#org.gongkai.}"
        class="${ref%%#*}"
        method=""
        [[ "$ref" == *#* ]] && method="${ref#*#}"
        checked=$((checked + 1))
        file="$(find_file "$class")"
        if [ -z "$file" ]; then
            echo "MISSING    $doc: $cite (no class $class)"
            missing=$((missing + 1))
            continue
        fi
        [ -z "$method" ] && continue
        if [[ "$class" =~ (Test|IT)$ ]]; then
            if ! is_test "$file" "$method"; then
                echo "MISSING    $doc: $cite (no @Test method $method in $file)"
                missing=$((missing + 1))
            fi
        elif ! declares "$file" "$method"; then
            echo "MISSING    $doc: $cite (no method $method in $file)"
            missing=$((missing + 1))
        fi
    done < <(grep -oE '`(org\.gongkai\.)?[a-z]+(\.[a-z]+)*\.[A-Z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)*(#[A-Za-z_][A-Za-z0-9_]*)?`' "$doc" \
             | tr -d '`' | sort -u)
done

echo "checked $checked citations in ${files[*]}: $missing missing"
[ "$missing" -eq 0 ]
