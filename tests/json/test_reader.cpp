// The strict JSON reader: unknown keys, wrong types, paths in nested arrays, syntax errors by line and column.
#include <catch2/catch.hpp>

#include <string>

#include "json/reader.hpp"

using json_reader::Errors;
using json_reader::Value;

namespace {

/// The one-line error of a document read as a lesson-like file, or "(no error)".
std::string error_of(const std::string& text) {
    try {
        const nlohmann::json doc = json_reader::parse(text, "lesson.json");
        Errors errors("lesson.json");
        const auto root = Value(doc, "", errors).object();
        if (!root) errors.throw_if_any();
        root->allow_only({"title", "steps"});
        root->need("title");
        if (const auto steps = root->need("steps"))
            if (const auto list = steps->array())
                for (std::size_t i = 0; i < list->size(); ++i)
                    if (const auto step = (*list)[i].object()) {
                        step->allow_only({"question"});
                        if (const auto q = step->get("question"))
                            if (const auto question = q->object()) {
                                question->allow_only({"choices", "answer"});
                                if (const auto choices = question->get("choices")) choices->strings();
                                if (const auto answer = question->get("answer")) answer->number();
                            }
                    }
        errors.throw_if_any();
    } catch (const json_reader::Error& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("json_reader: an unknown key is named with its path, '_' keys are comments") {
    CHECK(error_of(R"({"title": "t", "_about": "x", "stpes": []})") ==
          "lesson.json: stpes: unknown key (and 1 more)");  // and "steps: missing"
    CHECK(error_of(R"({"title": "t", "steps": [{}, {"question": {"choices": [], "anwser": 1}}]})") ==
          "lesson.json: steps[1].question.anwser: unknown key");
    CHECK(error_of(R"({"title": "t", "steps": []})") == "(no error)");
}

TEST_CASE("json_reader: a wrong type says what it must be, at the value's path in nested arrays") {
    CHECK(error_of(R"({"title": "t", "steps": [{}, {}, {"question": {"answer": "two"}}]})") ==
          "lesson.json: steps[2].question.answer: must be a number, got string");
    CHECK(error_of(R"({"title": "t", "steps": [{"question": {"choices": ["a", 2]}}]})") ==
          "lesson.json: steps[0].question.choices[1]: must be a string, got number");
    CHECK(error_of(R"([1])") == "lesson.json: (top level): must be an object, got array");
}

TEST_CASE("json_reader: every error of a file is collected, the first line stands alone") {
    try {
        const nlohmann::json doc = json_reader::parse(R"({"a": 1, "b": 2, "c": true})", "x.json");
        Errors errors("x.json");
        const auto o = Value(doc, "", errors).object();
        o->allow_only({"c"});
        o->string("c");
        errors.throw_if_any();
        FAIL("no error");
    } catch (const json_reader::Error& e) {
        CHECK(std::string(e.what()) == "x.json: a: unknown key (and 2 more)");
        REQUIRE(e.lines().size() == 3);
        CHECK(e.lines()[1] == "x.json: b: unknown key");
        CHECK(e.lines()[2] == "x.json: c: must be a string, got boolean");
    }
}

TEST_CASE("json_reader: a syntax error gives the line and column, not a byte offset") {
    const std::string text = "{\n  \"scenario\": \"x\",\n  \"segments\": [\n    {\"duration_s\": 1,}\n  ]\n}\n";
    try {
        json_reader::parse(text, "script.json");
        FAIL("no error");
    } catch (const json_reader::Error& e) {
        const std::string what = e.what();
        INFO(what);
        CHECK(what.rfind("script.json:4:22: syntax error", 0) == 0);
        CHECK(what.find("json.exception") == std::string::npos);
        CHECK(what.find('\n') == std::string::npos);
    }
    CHECK_THROWS_WITH(json_reader::parse("{\"x\": 1e400}", "big.json"),
                      "big.json:1:7: number overflow parsing '1e400'");
}

TEST_CASE("json_reader: a field that takes a number or a word says so") {
    const nlohmann::json doc = nlohmann::json::parse(R"({"duration_s": true})");
    Errors errors("script.json");
    const auto o = Value(doc, "", errors).object();
    o->get("duration_s")->wrong_type("a number of seconds or \"fit\"");
    CHECK_THROWS_WITH(errors.throw_if_any(),
                      "script.json: duration_s: must be a number of seconds or \"fit\", got boolean");
}

TEST_CASE("json_reader: choices and ranges name what is allowed") {
    const nlohmann::json doc = nlohmann::json::parse(R"({"ease": "bouncy", "zoom": 50})");
    Errors errors("s.json");
    const auto o = Value(doc, "", errors).object();
    enum class Ease { linear, smooth };
    CHECK_FALSE(o->get("ease")->choice<Ease>({{"linear", Ease::linear}, {"smooth", Ease::smooth}}));
    CHECK_FALSE(o->get("zoom")->number_in(0.1, 20, "x"));
    try {
        errors.throw_if_any();
        FAIL("no error");
    } catch (const json_reader::Error& e) {
        REQUIRE(e.lines().size() == 2);
        CHECK(e.lines()[0] == "s.json: ease: expected linear or smooth, got 'bouncy'");
        CHECK(e.lines()[1] == "s.json: zoom: must be between 0.1 and 20 x, got 50");
    }
}
