#!/usr/bin/env bash
# Mutation testing of src/trade_target/core with mutmut, and its score.
#
#   bash benchmarks/mutation.sh                    # every core module (hours on 2 cores)
#   bash benchmarks/mutation.sh growth scenario    # these core modules only
#   bash benchmarks/mutation.sh --score [MODULE…]  # only print the score of the last runs
#
# mutmut's settings (what is mutated, which tests run) are in pyproject.toml [tool.mutmut]; it
# works in ./mutants (a copy of src/, tests/, examples/ and resources/, ignored by git) and
# keeps its results there, so a second run retests only what is not yet settled (below). The
# score counts a timeout as killed (a mutant that hangs the tests is caught), and everything
# else that is not "killed" (survived, no tests, suspicious) as not killed.
# benchmarks/mutation-equivalent.txt lists the surviving mutants judged equivalent (no test
# can tell them from the original), one name and its reason a line; the second score leaves
# them out. Not run in CI: too slow. Environment: MUTATION_JOBS (parallel workers, default 1),
# MUTMUT (the mutmut program, default .venv/bin/mutmut or mutmut on PATH).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
equivalent_list="benchmarks/mutation-equivalent.txt"
jobs="${MUTATION_JOBS:-1}"

score_only=false
if [[ "${1:-}" == "--score" ]]; then
    score_only=true
    shift
fi

mutmut="${MUTMUT:-}"
if [[ -z "$mutmut" ]]; then
    if [[ -x .venv/bin/mutmut ]]; then
        mutmut=".venv/bin/mutmut"
    else
        mutmut="$(command -v mutmut || true)"
    fi
fi
if [[ -z "$mutmut" ]] || ! "$mutmut" --version >/dev/null 2>&1; then
    echo "mutation.sh: mutmut is not installed. Install it into the project's environment:" >&2
    echo "    .venv/bin/pip install -e '.[mutation]'" >&2
    exit 2
fi

# Core module names; their mutants are named like trade_target.core.growth.x_value_at__mutmut_3.
modules=()
for module in "$@"; do
    module="${module%.py}"
    module="${module##*/}"
    if [[ ! -f "src/trade_target/core/$module.py" ]]; then
        echo "mutation.sh: no core module '$module' (src/trade_target/core/$module.py)" >&2
        exit 2
    fi
    modules+=("$module")
done

results="$(mktemp)"
trap 'rm -f "$results"' EXIT

# "name: status" a line, sorted, for the chosen modules (all of core when none is named).
results_of_modules() {
    "$mutmut" results --all true 2>/dev/null | sed 's/^[[:space:]]*//' | sort |
        awk -v wanted="${modules[*]:-}" '{
            module = $1
            sub(/^trade_target\.core\./, "", module)
            sub(/\.[^.]*$/, "", module)
            if (wanted == "" || index(" " wanted " ", " " module " ") > 0) print
        }'
}

if [[ "$score_only" == false ]]; then
    mkdir -p mutants
    log="mutants/mutation-run.log"
    # mutmut retests every mutant named on its command line, and on a bare run only those never
    # tested. Name the ones not yet killed, so a second run retests the survivors (after new
    # tests) and skips what is settled: the killed, and the survivors listed as equivalent.
    # mutmut itself forgets the results of changed functions ("not checked" again).
    # The first time, nothing is known yet: name the modules (or none: all of core).
    results_of_modules >"$results"
    names=()
    if [[ -s "$results" ]]; then
        mapfile -t names < <(awk -F': ' '
            FILENAME == ARGV[1] {
                sub(/#.*/, "")
                if (NF > 0) { split($0, word, " "); same[word[1]] = 1 }
                next
            }
            $2 == "killed" || $2 == "timeout" { next }
            $2 == "survived" && ($1 in same) { next }
            { print $1 }' "$equivalent_list" "$results")
        if [[ ${#names[@]} -eq 0 ]]; then
            echo "every mutant of ${modules[*]:-core} is already killed; nothing to run"
        fi
    else
        for module in "${modules[@]}"; do
            names+=("trade_target.core.$module.x*")
        done
    fi
    if [[ ${#names[@]} -gt 0 || ! -s "$results" ]]; then
        echo "mutmut $("$mutmut" --version | awk '{print $NF}'), ${jobs} worker(s), niced;" \
            "modules: ${modules[*]:-all of core}; ${#names[@]} names; progress in $log"
        started=$SECONDS
        if ! nice -n 19 "$mutmut" run --max-children "$jobs" "${names[@]}" >"$log" 2>&1; then
            echo "mutation.sh: mutmut run failed; the end of $log:" >&2
            tail -n 30 "$log" >&2
            exit 1
        fi
        elapsed=$((SECONDS - started))
        printf 'ran in %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))
    fi
fi

results_of_modules >"$results"

# One line per mutant, "name: status"; the equivalent list, "name reason…" ('#' starts a comment).
awk '
    FILENAME == ARGV[1] {
        sub(/#.*/, "")
        if (NF > 0) equivalent[$1] = 1
        next
    }
    {
        sub(/^[ \t]+/, "")
        split($0, part, ": ")
        name = part[1]; status = part[2]
        module = name
        sub(/^trade_target\.core\./, "", module)
        sub(/\.[^.]*$/, "", module)
        if (status == "not checked") { all_unchecked++; next }
        if (!(module in total)) order[++modules] = module
        total[module]++
        if (status == "killed" || status == "timeout" || status == "caught by type check") {
            killed[module]++
            if (name in equivalent) stale[++stale_count] = name
        } else if (name in equivalent) {
            equivalents[module]++
        } else {
            open_survivors[++open_count] = name " (" status ")"
        }
    }
    END {
        printf "%-18s %6s %6s %6s %8s %8s\n", "module", "total", "killed", "equiv", "score", "non-eq"
        for (i = 1; i <= modules; i++) {
            m = order[i]
            line(m, total[m], killed[m] + 0, equivalents[m] + 0)
            all_total += total[m]; all_killed += killed[m]; all_equivalent += equivalents[m]
        }
        line("all", all_total + 0, all_killed + 0, all_equivalent + 0)
        if (all_total == 0) print "no results yet: run without --score first"
        if (all_unchecked > 0) printf "not yet checked (left out of the score): %d\n", all_unchecked
        printf "score: killed %d / total %d", all_killed, all_total
        if (all_total > 0) printf " = %.1f %%", 100 * all_killed / all_total
        printf "; killed %d / (total %d - equivalent %d)", all_killed, all_total, all_equivalent
        if (all_total - all_equivalent > 0)
            printf " = %.1f %%", 100 * all_killed / (all_total - all_equivalent)
        printf "\n"
        if (open_count > 0) {
            printf "survivors neither killed nor listed as equivalent (%d):\n", open_count
            for (i = 1; i <= open_count; i++) print "  " open_survivors[i]
        }
        if (stale_count > 0) {
            printf "listed as equivalent but now killed (take them off the list):\n"
            for (i = 1; i <= stale_count; i++) print "  " stale[i]
        }
    }
    function line(name, all, dead, same) {
        printf "%-18s %6d %6d %6d", name, all, dead, same
        printf " %7.1f%%", all ? 100 * dead / all : 0
        printf " %7.1f%%\n", all - same ? 100 * dead / (all - same) : 100
    }
' "$equivalent_list" "$results"
