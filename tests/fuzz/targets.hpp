// The fuzzed parsers: one function per input a user can hand the program, shared by the libFuzzer targets and the
// replay of their findings in the normal test suite.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace fuzz {

/// Feeds one input to a parser. A clear rejection (std::runtime_error, the program's one-line error) is a normal
/// outcome; anything else - another exception, a crash, a sanitizer report, an accepted input the program then
/// cannot use (a NaN in the simulated trajectory) - is a finding: the function throws or aborts.
using Target = void (*)(const std::uint8_t* data, std::size_t size);

struct NamedTarget {
    const char* name;  ///< also the folder of its seeds and regressions: scenario, lesson, script, ...
    Target run;
};

/// Every target: scenario, lesson, script, content, duration, size, link.
const std::vector<NamedTarget>& all_targets();

/// The target of that name; throws std::invalid_argument for an unknown one.
Target target_named(const std::string& name);

}  // namespace fuzz
