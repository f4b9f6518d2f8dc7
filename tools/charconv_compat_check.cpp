// Checks the web build's to_chars stand-in (cmake/web/charconv_compat.hpp) against libstdc++'s own, natively.
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "../cmake/web/charconv_compat.hpp"

namespace {

std::string reference(double v, bool general7) {
    char buf[128];
    const auto r = general7 ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 7)
                            : std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string stand_in(double v, bool general7) {
    char buf[128];
    const auto r = general7 ? synapse_web_compat::to_chars_printf(buf, buf + sizeof buf, v,
                                                                  synapse_web_compat::chars_format::general, 7)
                            : synapse_web_compat::to_chars_shortest(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

}  // namespace

int main() {
    std::vector<double> values = {0.0,
                                  -0.0,
                                  1.0,
                                  -1.0,
                                  0.1,
                                  0.5,
                                  50.0,
                                  1e6,
                                  1e7,
                                  1e15,
                                  1e16,
                                  1e17,
                                  1e20,
                                  1e21,
                                  123456789012345678.0,
                                  1e-5,
                                  1.5e-5,
                                  0.0001,
                                  237.7,
                                  1.0 / 3.0,
                                  2.0 / 3.0,
                                  std::numeric_limits<double>::max(),
                                  std::numeric_limits<double>::min(),
                                  std::numeric_limits<double>::denorm_min(),
                                  std::numeric_limits<double>::epsilon(),
                                  std::numeric_limits<double>::infinity(),
                                  -std::numeric_limits<double>::infinity()};
    std::mt19937_64 rng(20240521);
    for (int i = 0; i < 300000; ++i) values.push_back(std::bit_cast<double>(rng()));  // every exponent
    std::uniform_real_distribution<double> everyday(-2000.0, 2000.0);
    for (int i = 0; i < 300000; ++i) values.push_back(everyday(rng));
    for (int i = 0; i < 100000; ++i) values.push_back(static_cast<double>(rng() % 100000) / 1000.0);  // short decimals
    int mismatches = 0;
    std::size_t checked = 0;
    for (double v : values) {
        if (v != v) continue;  // NaN payloads print differently and never reach these call sites
        for (bool general7 : {false, true}) {
            ++checked;
            const std::string a = reference(v, general7), b = stand_in(v, general7);
            if (a != b && ++mismatches <= 10)
                std::printf("mismatch: %.17g: std %s, stand-in %s\n", v, a.c_str(), b.c_str());
        }
    }
    std::printf("charconv stand-in: %zu conversions, %d differ from libstdc++\n", checked, mismatches);
    return mismatches == 0 ? 0 : 1;
}
