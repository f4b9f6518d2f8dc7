// The strict JSON reader: typed views with paths, unknown keys refused, errors collected as "FILE: PATH: what".
#include "json/reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace json_reader {
namespace {

using nlohmann::json;

std::string one_line(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::replace(text.begin(), text.end(), '\r', ' ');
    return text;
}

std::string first_with_count(const std::vector<std::string>& lines) {
    if (lines.empty()) return "";
    if (lines.size() == 1) return lines.front();
    return lines.front() + " (and " + std::to_string(lines.size() - 1) + " more)";
}

/// The library's message without its "[json.exception.KIND.N] " code and "parse error at ...: " position.
std::string library_message(std::string what) {
    if (const auto close = what.find("] "); what.starts_with("[json.exception") && close != std::string::npos)
        what.erase(0, close + 2);
    if (const auto colon = what.find(": "); what.starts_with("parse error") && colon != std::string::npos)
        what.erase(0, colon + 2);
    return one_line(what);
}

/// Finds where parsing stops: the library's DOM parser reports a byte (or, for a number too large, nothing).
class Locator : public nlohmann::json_sax<json> {
public:
    std::size_t byte = 0;
    std::string message;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string& last_token,
                     const nlohmann::detail::exception& e) override {
        byte = position;                        // the last byte read: where the text stopped being JSON
        const bool overflow = e.id / 100 == 4;  // out_of_range: a number too large, pointed at from its start
        if (overflow && position > last_token.size()) byte = position - last_token.size() + 1;
        message = library_message(e.what());
        return false;
    }
};

/// "FILE:LINE:COLUMN" of the 1-based byte `byte` (columns counted in bytes, from 1).
std::string text_position(std::string_view text, const std::string& file, std::size_t byte) {
    const std::string_view read = text.substr(0, std::min(byte > 0 ? byte - 1 : 0, text.size()));  // before it
    const std::size_t line = 1 + static_cast<std::size_t>(std::count(read.begin(), read.end(), '\n'));
    const std::size_t line_start = read.rfind('\n') == std::string_view::npos ? 0 : read.rfind('\n') + 1;
    const std::size_t column = read.size() - line_start + 1;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace

Error::Error(std::vector<std::string> lines) : std::runtime_error(first_with_count(lines)), lines_(std::move(lines)) {}

std::string error_line(const std::string& file, const std::string& path, const std::string& what) {
    return one_line(file + ": " + (path.empty() ? "(top level)" : path) + ": " + what);
}

void Errors::add(const std::string& path, const std::string& what) { lines_.push_back(error_line(file_, path, what)); }

void Errors::fail(const std::string& path, const std::string& what) {
    add(path, what);
    throw Error(lines_);
}

void Errors::throw_if_any() const {
    if (!lines_.empty()) throw Error(lines_);
}

std::string choice_list(const std::vector<std::string_view>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
        out += names[i];
    }
    return out;
}

std::string number_text(double value) {
    std::array<char, 64> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    return std::string(buf.data(), r.ptr);
}

// ---- Value -----------------------------------------------------------------------------------

void Value::wrong_type(std::string_view expected) const {
    error("must be " + std::string(expected) + ", got " + json_->type_name());
}

std::optional<double> Value::number() const {
    if (!json_->is_number()) {
        wrong_type("a number");
        return std::nullopt;
    }
    const double x = json_->get<double>();
    if (std::isfinite(x)) return x;
    error("must be a finite number, got " + number_text(x));
    return std::nullopt;
}

std::optional<double> Value::number_in(double lo, double hi, std::string_view unit) const {
    const std::optional<double> x = number();
    if (!x || (*x >= lo && *x <= hi)) return x;
    std::string what = "must be between " + number_text(lo) + " and " + number_text(hi);
    if (!unit.empty()) what += " " + std::string(unit);
    error(what + ", got " + number_text(*x));
    return std::nullopt;
}

std::optional<std::int64_t> Value::integer() const {
    if (json_->is_number_integer() && !(json_->is_number_unsigned() && json_->get<std::uint64_t>() > INT64_MAX))
        return json_->get<std::int64_t>();
    wrong_type("an integer");
    return std::nullopt;
}

std::optional<std::uint64_t> Value::unsigned_integer() const {
    if (json_->is_number_unsigned()) return json_->get<std::uint64_t>();
    wrong_type("a non-negative integer");
    return std::nullopt;
}

std::optional<bool> Value::boolean() const {
    if (json_->is_boolean()) return json_->get<bool>();
    wrong_type("true or false");
    return std::nullopt;
}

std::optional<std::string> Value::string() const {
    if (json_->is_string()) return json_->get<std::string>();
    wrong_type("a string");
    return std::nullopt;
}

std::optional<std::string> Value::text() const {
    std::optional<std::string> s = string();
    if (s && s->find_first_not_of(" \t\r\n") == std::string::npos) {
        error("must not be empty");
        return std::nullopt;
    }
    return s;
}

std::optional<std::vector<std::string>> Value::strings() const {
    if (!json_->is_array()) {
        wrong_type("a list of strings");
        return std::nullopt;
    }
    const Array list(*this);
    std::vector<std::string> out;
    bool all = true;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (auto s = list[i].string())
            out.push_back(std::move(*s));
        else
            all = false;
    }
    if (!all) return std::nullopt;
    return out;
}

std::optional<Object> Value::object() const {
    if (json_->is_object()) return Object(*this);
    wrong_type("an object");
    return std::nullopt;
}

std::optional<Array> Value::array() const {
    if (json_->is_array()) return Array(*this);
    wrong_type("an array");
    return std::nullopt;
}

// ---- Object and Array ------------------------------------------------------------------------

void Object::allow_only(std::initializer_list<std::string_view> keys) const {
    for (const auto& item : value_.json().items()) {
        const std::string& key = item.key();
        if (key.starts_with('_')) continue;  // a comment
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) value_.errors().add(path_of(key), "unknown key");
    }
}

bool Object::has(std::string_view key) const { return value_.json().contains(key); }

std::optional<Value> Object::get(std::string_view key) const {
    const auto it = value_.json().find(key);
    if (it == value_.json().end()) return std::nullopt;
    return Value(*it, path_of(key), value_.errors());
}

std::optional<Value> Object::need(std::string_view key) const {
    std::optional<Value> v = get(key);
    if (!v) value_.errors().add(path_of(key), "missing");
    return v;
}

std::string Object::path_of(std::string_view key) const {
    return path().empty() ? std::string(key) : path() + "." + std::string(key);
}

std::optional<double> Object::number(std::string_view key) const {
    const auto v = get(key);
    return v ? v->number() : std::nullopt;
}

std::optional<bool> Object::boolean(std::string_view key) const {
    const auto v = get(key);
    return v ? v->boolean() : std::nullopt;
}

std::optional<std::string> Object::string(std::string_view key) const {
    const auto v = get(key);
    return v ? v->string() : std::nullopt;
}

std::optional<std::string> Object::need_text(std::string_view key) const {
    const auto v = need(key);
    return v ? v->text() : std::nullopt;
}

Value Array::operator[](std::size_t index) const {
    return Value(value_.json()[index], value_.path() + "[" + std::to_string(index) + "]", value_.errors());
}

// ---- parsing ---------------------------------------------------------------------------------

json parse(std::string_view text, const std::string& file) {
    try {
        return json::parse(text);
    } catch (const json::exception& e) {  // parse_error, or out_of_range for a number such as 1e400
        Locator locator;
        json::sax_parse(text, &locator);
        if (locator.message.empty()) throw Error({one_line(file + ": not valid JSON: " + library_message(e.what()))});
        throw Error({text_position(text, file, locator.byte) + ": " + locator.message});
    }
}

}  // namespace json_reader
