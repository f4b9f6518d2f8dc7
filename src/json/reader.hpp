// The one strict JSON reader of every file the program reads (scenarios, lessons, scripts, content): typed views
// that know their file and JSON path, refuse unknown keys and report each error as "FILE: PATH: what is wrong".
#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace json_reader {

/// A bad file: what() is its first error, on one line, with "(and N more)" when there are others; lines() has
/// every error, one line each ("lesson.json: steps[2].question.answer: must be a number, got string").
class Error : public std::runtime_error {
public:
    explicit Error(std::vector<std::string> lines);
    const std::vector<std::string>& lines() const { return lines_; }

private:
    std::vector<std::string> lines_;
};

/// One error line: "FILE: PATH: what" ("FILE: (top level): what" for the document itself), newlines as spaces.
std::string error_line(const std::string& file, const std::string& path, const std::string& what);

/// The errors found so far in one file (named by `file`: a path or a file name, as the caller shows it).
class Errors {
public:
    explicit Errors(std::string file) : file_(std::move(file)) {}
    const std::string& file() const { return file_; }
    /// Records an error about the value at `path` (a JSON path such as "steps[3].title"; empty: the document).
    void add(const std::string& path, const std::string& what);
    /// Records the error and throws every error recorded so far.
    [[noreturn]] void fail(const std::string& path, const std::string& what);
    /// Throws the errors recorded so far, if any: the caller's checkpoint before it uses what it read.
    void throw_if_any() const;
    bool empty() const { return lines_.empty(); }
    std::size_t size() const { return lines_.size(); }

private:
    std::string file_;
    std::vector<std::string> lines_;
};

/// A choice of an enum-like string: its text in the file and its value.
template <class E>
using Choice = std::pair<std::string_view, E>;

/// "a, b or c": the texts of the choices, for messages.
std::string choice_list(const std::vector<std::string_view>& names);

/// Shortest round-trip text of a number ("50", "0.5"), independent of the locale.
std::string number_text(double value);

class Object;
class Array;

/// One value of the document with its JSON path. Typed reads record "must be ..., got TYPE" and return nullopt
/// when the value is of another type; the caller goes on, and its checkpoint (Errors::throw_if_any) reports all.
class Value {
public:
    Value(const nlohmann::json& json, std::string path, Errors& errors)
        : json_(&json), path_(std::move(path)), errors_(&errors) {}

    const nlohmann::json& json() const { return *json_; }
    const std::string& path() const { return path_; }
    Errors& errors() const { return *errors_; }

    /// Records an error about this value.
    void error(const std::string& what) const { errors_->add(path_, what); }
    /// Records an error about this value and throws every error recorded so far.
    [[noreturn]] void fail(const std::string& what) const { errors_->fail(path_, what); }
    /// Records "must be EXPECTED, got TYPE", e.g. expected = "a number of seconds or \"fit\"".
    void wrong_type(std::string_view expected) const;

    /// A finite number.
    std::optional<double> number() const;
    /// A finite number in [lo, hi]: else "must be between LO and HI[ UNIT], got V".
    std::optional<double> number_in(double lo, double hi, std::string_view unit = "") const;
    std::optional<std::int64_t> integer() const;
    std::optional<std::uint64_t> unsigned_integer() const;
    std::optional<bool> boolean() const;
    std::optional<std::string> string() const;
    /// A string with something besides spaces in it ("must not be empty").
    std::optional<std::string> text() const;
    std::optional<std::vector<std::string>> strings() const;
    std::optional<Object> object() const;
    std::optional<Array> array() const;

    /// One of the choices by its text: else "expected a, b or c, got 'x'".
    template <class E>
    std::optional<E> choice(std::initializer_list<Choice<E>> choices) const {
        const std::optional<std::string> id = string();
        if (!id) return std::nullopt;
        for (const auto& [name, value] : choices)
            if (name == *id) return value;
        std::vector<std::string_view> names;
        for (const auto& choice : choices) names.push_back(choice.first);
        error("expected " + choice_list(names) + ", got '" + *id + "'");
        return std::nullopt;
    }

private:
    const nlohmann::json* json_;
    std::string path_;
    Errors* errors_;
};

/// An object's fields. Keys starting with '_' are comments, allowed everywhere.
class Object {
public:
    explicit Object(const Value& value) : value_(value) {}
    const Value& value() const { return value_; }
    const std::string& path() const { return value_.path(); }

    /// Records "unknown key" for each key not in `keys` (comments aside).
    void allow_only(std::initializer_list<std::string_view> keys) const;
    bool has(std::string_view key) const;
    /// The field, or nullopt when it is absent.
    std::optional<Value> get(std::string_view key) const;
    /// The field, or nullopt after recording "missing".
    std::optional<Value> need(std::string_view key) const;
    /// The path of a field ("steps[3].title"), present or not.
    std::string path_of(std::string_view key) const;

    /// Shorthands for optional fields: nullopt when absent or of the wrong type (then an error is recorded).
    std::optional<double> number(std::string_view key) const;
    std::optional<bool> boolean(std::string_view key) const;
    std::optional<std::string> string(std::string_view key) const;
    /// A required string with something besides spaces in it.
    std::optional<std::string> need_text(std::string_view key) const;

private:
    Value value_;
};

/// An array's elements, each with its path ("steps[3]").
class Array {
public:
    explicit Array(const Value& value) : value_(value) {}
    const Value& value() const { return value_; }
    std::size_t size() const { return value_.json().size(); }
    bool empty() const { return value_.json().empty(); }
    Value operator[](std::size_t index) const;

private:
    Value value_;
};

/// Parses JSON text. A syntax error (or a number too large to hold) throws Error with one line
/// "FILE:LINE:COLUMN: what", e.g. "script.json:4:17: syntax error while parsing object - unexpected '}'".
nlohmann::json parse(std::string_view text, const std::string& file);

}  // namespace json_reader
