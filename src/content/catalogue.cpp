// Reading gettext PO text into the keyed catalogue, and filling a message's named placeholders.
#include "content/catalogue.hpp"

#include <algorithm>
#include <stdexcept>

namespace content {
namespace {

struct PoError : std::runtime_error {
    PoError(std::string_view label, int line, const std::string& what)
        : std::runtime_error(std::string(label) + ":" + std::to_string(line) + ": " + what) {}
};

/// The C escapes a PO string uses, decoded.
char unescaped(char c) {
    switch (c) {
        case 'n': return '\n';
        case 't': return '\t';
        default: return c;  // \" \\ and anything else stand for themselves
    }
}

/// The text of a quoted PO string `"..."` (the whole trimmed line); nullopt-like empty `ok` when not quoted.
bool quoted_text(std::string_view line, std::string& out) {
    if (line.size() < 2 || line.front() != '"' || line.back() != '"') return false;
    out.clear();
    for (std::size_t i = 1; i + 1 < line.size(); ++i) {
        if (line[i] == '\\' && i + 2 < line.size()) {
            out += unescaped(line[++i]);
        } else {
            out += line[i];
        }
    }
    return true;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

/// Reads entries line by line: the field being read takes the continuation strings that follow it.
class PoReader {
public:
    PoReader(std::string_view label, Catalogue& out, void (*add)(Catalogue&, Message, std::string_view, int))
        : label_(label), out_(out), add_(add) {}

    void line(std::string_view raw, int number) {
        const std::string_view s = trimmed(raw);
        if (s.empty()) return finish();
        if (s.front() == '#') return comment(s, number);
        if (s.front() == '"') return continuation(s, number);
        keyword(s, number);
    }

    void finish() {
        if (!started_) return;
        if (!message_.key.empty() || !message_.english.empty()) {
            if (message_.key.empty()) throw PoError(label_, first_line_, "a message without a key (msgctxt)");
            add_(out_, std::move(message_), label_, first_line_);
        }
        message_ = Message{};
        field_ = nullptr;
        started_ = false;
    }

private:
    void start(int number) {
        if (started_) return;
        started_ = true;
        first_line_ = number;
    }

    void comment(std::string_view s, int number) {
        if (field_ != nullptr && !message_.translations.empty()) finish();  // a comment starts the next entry
        start(number);
        if (s.rfind("#.", 0) == 0) {
            if (!message_.note.empty()) message_.note += '\n';
            message_.note += std::string(trimmed(s.substr(2)));
        } else if (s.rfind("#,", 0) == 0 && s.find("fuzzy") != std::string_view::npos) {
            message_.fuzzy = true;
        }
    }

    void continuation(std::string_view s, int number) {
        std::string text;
        if (field_ == nullptr || !quoted_text(s, text)) throw PoError(label_, number, "a string outside a field");
        *field_ += text;
    }

    void keyword(std::string_view s, int number) {
        const std::size_t space = s.find(' ');
        const std::string_view word = s.substr(0, space);
        std::string text;
        if (space == std::string_view::npos || !quoted_text(trimmed(s.substr(space)), text))
            throw PoError(label_, number, "expected a keyword and a quoted string");
        if ((word == "msgctxt" || word == "msgid") && field_ != nullptr && !message_.translations.empty()) finish();
        start(number);
        field_ = field_for(word, number);
        *field_ = std::move(text);
    }

    std::string* field_for(std::string_view word, int number) {
        if (word == "msgctxt") return &message_.key;
        if (word == "msgid") return &message_.english;
        if (word == "msgid_plural") return &message_.english_plural;
        if (word == "msgstr" || word.rfind("msgstr[", 0) == 0) {
            message_.translations.emplace_back();
            return &message_.translations.back();
        }
        throw PoError(label_, number, "unknown keyword '" + std::string(word) + "'");
    }

    std::string_view label_;
    Catalogue& out_;
    void (*add_)(Catalogue&, Message, std::string_view, int);
    Message message_;
    std::string* field_ = nullptr;
    bool started_ = false;
    int first_line_ = 0;
};

/// A translation that may be shown: checked (not fuzzy) and not empty.
const std::string* usable(const Message& m, std::size_t form) {
    if (m.fuzzy || form >= m.translations.size() || m.translations[form].empty()) return nullptr;
    return &m.translations[form];
}

}  // namespace

std::string fill_placeholders(std::string_view pattern, const Fields& fields) {
    std::string out;
    std::size_t i = 0;
    while (i < pattern.size()) {
        const std::size_t open = pattern.find('{', i);
        const std::size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
        if (close == std::string_view::npos) break;
        out += pattern.substr(i, open - i);
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        const auto field = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == name; });
        out += field != fields.end() ? std::string_view(field->second) : pattern.substr(open, close - open + 1);
        i = close + 1;
    }
    out += pattern.substr(std::min(i, pattern.size()));
    return out;
}

std::vector<std::string> placeholder_names(std::string_view pattern) {
    std::vector<std::string> names;
    for (std::size_t open = pattern.find('{'); open != std::string_view::npos; open = pattern.find('{', open + 1)) {
        const std::size_t close = pattern.find('}', open);
        if (close == std::string_view::npos) break;
        std::string name(pattern.substr(open + 1, close - open - 1));
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
    }
    return names;
}

Catalogue Catalogue::from_po(std::string_view po_text, std::string_view label) {
    Catalogue catalogue;
    PoReader reader(label, catalogue, [](Catalogue& c, Message m, std::string_view l, int line) {
        c.add(std::move(m), l, line);
    });
    int number = 0;
    while (!po_text.empty()) {
        const std::size_t end = po_text.find('\n');
        reader.line(po_text.substr(0, end), ++number);
        po_text = end == std::string_view::npos ? std::string_view{} : po_text.substr(end + 1);
    }
    reader.finish();
    return catalogue;
}

void Catalogue::add(Message message, std::string_view label, int line) {
    if (index_.count(message.key) != 0) throw PoError(label, line, "the key '" + message.key + "' is given twice");
    index_.emplace(message.key, messages_.size());
    messages_.push_back(std::move(message));
}

const Message* Catalogue::find(std::string_view key) const {
    const auto it = index_.find(key);
    return it == index_.end() ? nullptr : &messages_[it->second];
}

const char* Catalogue::text(std::string_view key) const {
    const Message* m = find(key);
    if (m == nullptr) return key.data();
    const std::string* translation = usable(*m, 0);
    return translation != nullptr ? translation->c_str() : m->english.c_str();
}

std::string Catalogue::text(std::string_view key, const Fields& fields) const {
    return fill_placeholders(text(key), fields);
}

std::string Catalogue::plural(std::string_view key, long n, Fields fields) const {
    fields.emplace_back("n", std::to_string(n));
    const Message* m = find(key);
    if (m == nullptr) return fill_placeholders(key, fields);
    // Two forms (English, Spanish: n == 1 singular); languages with more forms extend this rule.
    const std::size_t form = n == 1 ? 0 : 1;
    const std::string* translation = usable(*m, form);
    const std::string& english = form == 0 || m->english_plural.empty() ? m->english : m->english_plural;
    return fill_placeholders(translation != nullptr ? *translation : english, fields);
}

Catalogue Catalogue::translated_by(const Catalogue& translation) const {
    Catalogue out = *this;
    for (Message& m : out.messages_) {
        const Message* t = translation.find(m.key);
        if (t == nullptr) continue;
        m.translations = t->translations;
        m.fuzzy = t->fuzzy;
    }
    return out;
}

}  // namespace content
