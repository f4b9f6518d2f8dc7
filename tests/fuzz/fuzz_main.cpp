// One libFuzzer target: SYNAPSE_FUZZ_TARGET names which parser of targets.cpp it feeds.
#include <cstddef>
#include <cstdint>

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fuzz::Target target = fuzz::target_named(SYNAPSE_FUZZ_TARGET);
    target(data, size);
    return 0;
}
