// Web build only: floating-point std::to_chars for Emscripten 3.1.6, whose libc++ 13 lacks it (force-included).
#pragma once
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <system_error>

namespace synapse_web_compat {

enum class chars_format { scientific = 1, fixed = 2, hex = 4, general = fixed | scientific };

struct to_chars_result {
    char* ptr;
    std::errc ec;
};

inline to_chars_result copy_out(char* first, char* last, const std::string& text) {
    if (static_cast<std::ptrdiff_t>(text.size()) > last - first) return {last, std::errc::value_too_large};
    std::memcpy(first, text.data(), text.size());
    return {first + text.size(), std::errc{}};
}

inline std::string printf_text(const char* spec, int precision, double value) {
    const int n = std::snprintf(nullptr, 0, spec, precision, value);
    if (n < 0) return std::string();
    std::string text(static_cast<std::size_t>(n) + 1, '\0');
    std::snprintf(text.data(), text.size(), spec, precision, value);
    text.pop_back();
    return text;
}

/// Shortest round trip, as the standard's to_chars(first, last, value): the fewest significant digits
/// that read back to the same double (printf rounds correctly, so that is also the nearest), written in
/// plain or scientific style, whichever is shorter (a tie goes to plain).
inline to_chars_result to_chars_shortest(char* first, char* last, double value) {
    if (!std::isfinite(value)) return copy_out(first, last, printf_text("%.*g", 1, value));
    std::string sci;
    for (int p = 0; p <= 16; ++p) {
        sci = printf_text("%.*e", p, value);
        if (std::strtod(sci.c_str(), nullptr) == value) break;
    }
    // sci is "[-]d[.ddd]e[+-]XX": rebuild the same digits in plain style.
    const std::size_t e = sci.find('e');
    const bool negative = sci[0] == '-';
    std::string digits;
    for (std::size_t i = negative ? 1 : 0; i < e; ++i)
        if (sci[i] != '.') digits += sci[i];
    const int exponent = std::atoi(sci.c_str() + e + 1);
    std::string plain = negative ? "-" : "";
    if (exponent >= 0) {
        const std::size_t whole = static_cast<std::size_t>(exponent) + 1;
        if (digits.size() <= whole) {
            plain = printf_text("%.*f", 0, value);  // a whole number prints exactly (as libstdc++ and MSVC do)
        } else {
            plain += digits.substr(0, whole) + "." + digits.substr(whole);
        }
    } else {
        plain += "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
    }
    return copy_out(first, last, plain.size() <= sci.size() ? plain : sci);
}

/// With a format and a precision the standard defines to_chars as printf's %f, %e, %a or %g.
inline to_chars_result to_chars_printf(char* first, char* last, double value, chars_format fmt, int precision) {
    const char* spec = fmt == chars_format::fixed        ? "%.*f"
                       : fmt == chars_format::scientific ? "%.*e"
                       : fmt == chars_format::hex        ? "%.*a"
                                                         : "%.*g";
    return copy_out(first, last, printf_text(spec, precision < 0 ? 6 : precision, value));
}

}  // namespace synapse_web_compat

#if defined(_LIBCPP_VERSION) && _LIBCPP_VERSION < 14000
// libc++ 13 declares only the integer overloads; these fill the gap for double until Debian's
// Emscripten moves to a libc++ with them (then this block switches itself off).
// (It does have std::chars_format, with the standard's values.)
namespace std {
inline to_chars_result to_chars(char* first, char* last, double value) {
    const auto r = synapse_web_compat::to_chars_shortest(first, last, value);
    return {r.ptr, r.ec};
}
inline to_chars_result to_chars(char* first, char* last, double value, chars_format fmt, int precision) {
    const auto format = static_cast<synapse_web_compat::chars_format>(static_cast<int>(fmt));
    const auto r = synapse_web_compat::to_chars_printf(first, last, value, format, precision);
    return {r.ptr, r.ec};
}
}  // namespace std
#endif
