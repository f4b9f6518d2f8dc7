// sim::number_text: std::to_chars' shortest round-trip form.
#include "sim/number_text.hpp"

#include <array>
#include <charconv>

namespace sim {

std::string number_text(double v) {
    std::array<char, 64> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return std::string(buf.data(), r.ptr);
}

}  // namespace sim
