// Loads assets/content/*.json and assets/sources/*, checking every id, stage, key and quote.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "content/content.hpp"

namespace content {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

/// Names the file and entry an error is about, and raises it as one line.
struct Where {
    std::string file;
    std::string entry;  ///< e.g. `quote "nmda-3"`, empty for the file as a whole

    [[noreturn]] void fail(const std::string& what) const {
        std::string line = file + ": " + (entry.empty() ? "" : entry + ": ") + what;
        std::replace(line.begin(), line.end(), '\n', ' ');
        throw std::runtime_error(line);
    }
    Where at(const std::string& kind, const std::string& id) const { return Where{file, kind + " \"" + id + "\""}; }
};

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

std::string read_file(const fs::path& path, const Where& where, const std::string& what) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) where.fail(what + " " + path.generic_string() + " is a directory, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) where.fail("cannot open " + what + " " + path.generic_string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

json read_json(const fs::path& path) {
    const Where where{path.generic_string(), ""};
    const std::string text = read_file(path, where, "file");
    try {
        json doc = json::parse(text);
        if (!doc.is_object()) where.fail("malformed JSON: the top level must be an object");
        return doc;
    } catch (const json::exception& e) {  // parse_error, or out_of_range for a number such as 1e400
        where.fail(std::string("malformed JSON: ") + e.what());
    }
}

const json& get_array(const json& doc, const char* key, const Where& where) {
    const auto it = doc.find(key);
    if (it == doc.end() || !it->is_array()) where.fail(std::string("missing array \"") + key + "\"");
    return *it;
}

std::string get_string(const json& j, const char* key, const Where& where) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string() || it->get<std::string>().empty())
        where.fail(std::string("field \"") + key + "\" missing, empty or not a string");
    std::string value = it->get<std::string>();
    if (normalize_whitespace(value).empty())
        where.fail(std::string("field \"") + key + "\" is empty (only whitespace)");
    return value;
}

std::string get_optional_string(const json& j, const char* key, const Where& where) {
    const auto it = j.find(key);
    if (it == j.end()) return "";
    if (!it->is_string()) where.fail(std::string("field \"") + key + "\" is not a string");
    return it->get<std::string>();
}

std::vector<std::string> get_string_list(const json& j, const char* key, const Where& where) {
    const auto it = j.find(key);
    if (it == j.end()) return {};
    const auto is_string = [](const json& e) { return e.is_string(); };
    if (!it->is_array() || !std::all_of(it->begin(), it->end(), is_string))
        where.fail(std::string("field \"") + key + "\" is not a list of strings");
    return it->get<std::vector<std::string>>();
}

/// The entry's id (or key/term) field, naming it `kind "id"` for later errors.
std::pair<std::string, Where> entry_id(const json& j, const char* field, const std::string& kind, std::size_t index,
                                       const Where& file) {
    std::string number = "#";  // appended, not `"#" + ...`: GCC 12 -O3 warns falsely (-Wrestrict) on that
    number += std::to_string(index + 1);
    const Where numbered = file.at(kind, number);
    if (!j.is_object()) numbered.fail("entry is not an object");
    const std::string id = get_string(j, field, numbered);
    return {id, file.at(kind, id)};
}

using Ids = std::set<std::string>;  ///< the ids seen so far in one file

/// Parses each entry of the array `key` with parse(entry, index, ids seen so far).
template <typename Parse>
auto parse_entries(const json& doc, const char* key, const Where& file, Parse parse) {
    const json& list = get_array(doc, key, file);
    Ids seen;
    std::vector<decltype(parse(list, std::size_t{0}, seen))> out;
    for (std::size_t i = 0; i < list.size(); ++i) out.push_back(parse(list[i], i, seen));
    return out;
}

void check_unique(std::set<std::string>& seen, const std::string& id, const Where& where) {
    if (!seen.insert(id).second) where.fail("duplicate id");
}

void check_refs(const std::vector<std::string>& refs, const std::set<std::string>& keys, const Where& where) {
    for (const std::string& key : refs)
        if (keys.count(key) == 0) where.fail("unknown reference key " + in_quotes(key));
}

void check_stages(const std::vector<std::string>& stages, const Where& where) {
    for (const std::string& stage : stages)
        if (!is_stage_id(stage)) where.fail("unknown stage " + in_quotes(stage) + " (valid: " + stage_id_list() + ")");
}

const Source& find_source(const std::vector<Source>& sources, const std::string& id, const Where& where) {
    for (const Source& s : sources)
        if (s.id == id) return s;
    where.fail("unknown source " + in_quotes(id));
}

/// The word that `range` cuts in `text`: the one at its start if that is mid-word, else the one at its end.
std::string cut_word(std::string_view text, ByteRange range) {
    const std::size_t at = is_word_boundary(text, range.begin) ? range.end : range.begin;
    return std::string(slice(text, word_around(text, at)));
}

/// Where a quote or source caveat lies in its source: verbatim, and not starting or ending mid-word.
ByteRange locate(const Source& source, const std::string& text, const Where& where) {
    if (const auto range = find_verbatim_words(source.text, text)) return *range;
    if (const auto cut = find_verbatim(source.text, text))
        where.fail("text cuts the word " + in_quotes(cut_word(source.text, *cut)) + " in source " + source.id +
                   " (it must start and end on a word boundary)");
    where.fail("text not found verbatim in source " + source.id);
}

// ---- references.json -------------------------------------------------------------------------

Reference parse_reference(const json& j, std::size_t index, const Where& file, std::set<std::string>& seen) {
    const auto [key, where] = entry_id(j, "key", "reference", index, file);
    check_unique(seen, key, where);
    Reference r;
    r.key = key;
    r.authors = get_string(j, "authors", where);
    if (!j.contains("year") || !j["year"].is_number_integer()) where.fail("field \"year\" is not an integer");
    r.year = j["year"].get<int>();
    r.title = get_string(j, "title", where);
    r.journal = get_string(j, "journal", where);
    r.details = get_optional_string(j, "details", where);
    r.note = get_optional_string(j, "note", where);
    if (j.contains("checked") && !j["checked"].is_boolean()) where.fail("field \"checked\" is not a boolean");
    r.checked = j.value("checked", false);
    return r;
}

std::vector<Reference> load_references(const fs::path& path) {
    const Where file{path.generic_string(), ""};
    return parse_entries(read_json(path), "references", file,
                         [&](const json& j, std::size_t i, Ids& seen) { return parse_reference(j, i, file, seen); });
}

// ---- sources.json ----------------------------------------------------------------------------

Source parse_source(const json& j, std::size_t index, const Where& file, const fs::path& text_dir,
                    std::set<std::string>& seen) {
    const auto [id, where] = entry_id(j, "id", "source", index, file);
    check_unique(seen, id, where);
    Source s;
    s.id = id;
    s.file = get_string(j, "file", where);
    s.seed = get_optional_string(j, "seed", where);
    s.title = get_string(j, "title", where);
    s.author = get_optional_string(j, "author", where);
    s.site = get_optional_string(j, "site", where);
    s.kind = get_string(j, "kind", where);
    s.note = get_optional_string(j, "note", where);
    s.text = read_file(text_dir / s.file, where, "text file");
    if (normalize_whitespace(s.text).empty()) where.fail("text file " + s.file + " is empty");
    return s;
}

std::vector<Source> load_sources(const fs::path& path, const fs::path& text_dir) {
    const Where file{path.generic_string(), ""};
    return parse_entries(read_json(path), "sources", file, [&](const json& j, std::size_t i, Ids& seen) {
        return parse_source(j, i, file, text_dir, seen);
    });
}

// ---- quotes.json -----------------------------------------------------------------------------

Quote parse_quote(const json& j, std::size_t index, const Where& file, const std::vector<Source>& sources,
                  std::set<std::string>& seen) {
    const auto [id, where] = entry_id(j, "id", "quote", index, file);
    check_unique(seen, id, where);
    Quote q;
    q.id = id;
    q.source_id = get_string(j, "source", where);
    q.stages = get_string_list(j, "stages", where);
    if (q.stages.empty()) where.fail("field \"stages\" missing or empty");
    check_stages(q.stages, where);
    q.text = get_string(j, "text", where);
    q.note = get_optional_string(j, "note", where);
    q.range = locate(find_source(sources, q.source_id, where), q.text, where);
    return q;
}

std::vector<Quote> load_quotes(const fs::path& path, const std::vector<Source>& sources) {
    const Where file{path.generic_string(), ""};
    return parse_entries(read_json(path), "quotes", file, [&](const json& j, std::size_t i, Ids& seen) {
        return parse_quote(j, i, file, sources, seen);
    });
}

// ---- caveats.json ----------------------------------------------------------------------------

CaveatKind parse_caveat_kind(const std::string& kind, const Where& where) {
    if (kind == "source") return CaveatKind::source;
    if (kind == "app") return CaveatKind::app;
    where.fail("field \"kind\" must be \"source\" or \"app\", not " + in_quotes(kind));
}

Caveat parse_caveat(const json& j, std::size_t index, const Where& file, const std::vector<Source>& sources,
                    const std::set<std::string>& keys, std::set<std::string>& seen) {
    const auto [id, where] = entry_id(j, "id", "caveat", index, file);
    check_unique(seen, id, where);
    Caveat c;
    c.id = id;
    c.kind = parse_caveat_kind(get_string(j, "kind", where), where);
    c.stages = get_string_list(j, "stages", where);
    check_stages(c.stages, where);
    c.text = get_string(j, "text", where);
    c.refs = get_string_list(j, "refs", where);
    check_refs(c.refs, keys, where);
    if (c.kind == CaveatKind::source) {
        c.source_id = get_string(j, "source", where);
        c.range = locate(find_source(sources, c.source_id, where), c.text, where);
    }
    return c;
}

void load_caveats(const fs::path& path, const std::vector<Source>& sources, const std::set<std::string>& keys,
                  LibraryData& data) {
    const json doc = read_json(path);
    const Where file{path.generic_string(), ""};
    data.notice = get_string(doc, "notice", file);
    data.caveats = parse_entries(doc, "caveats", file, [&](const json& j, std::size_t i, Ids& seen) {
        return parse_caveat(j, i, file, sources, keys, seen);
    });
}

// ---- factchecks.json -------------------------------------------------------------------------

constexpr std::string_view kVerdicts[] = {"wrong",      "misleading",  "overstated",
                                          "incomplete", "unsupported", "unverified"};

void check_verdict(const std::string& verdict, const Where& where) {
    if (std::find(std::begin(kVerdicts), std::end(kVerdicts), verdict) == std::end(kVerdicts))
        where.fail("unknown verdict " + in_quotes(verdict) +
                   " (valid: wrong, misleading, overstated, incomplete, unsupported, unverified)");
}

/// Where a fact-check's words lie: inside its quote, and not starting or ending mid-word. (The quote
/// itself starts and ends on word boundaries, so the source's boundaries are the quote's.)
ByteRange locate_words(const Quote& quote, const Source& source, const std::string& words, const Where& where) {
    const auto range = find_verbatim_words(source.text, words, quote.range.begin);
    if (range && quote.range.contains(*range)) return *range;
    const auto cut = find_verbatim(source.text, words, quote.range.begin);
    if (cut && quote.range.contains(*cut))
        where.fail("words " + in_quotes(words) + " cut the word " + in_quotes(cut_word(source.text, *cut)) +
                   " in quote " + in_quotes(quote.id) + " (they must start and end on a word boundary)");
    where.fail("words " + in_quotes(words) + " not found in quote " + in_quotes(quote.id));
}

FactCheck parse_fact_check(const json& j, std::size_t index, const Where& file, const LibraryData& data,
                           const std::set<std::string>& keys, std::set<std::string>& seen) {
    const auto [id, where] = entry_id(j, "id", "fact-check", index, file);
    check_unique(seen, id, where);
    FactCheck f;
    f.id = id;
    f.quote_id = get_string(j, "quote", where);
    const auto quote =
        std::find_if(data.quotes.begin(), data.quotes.end(), [&](const Quote& q) { return q.id == f.quote_id; });
    if (quote == data.quotes.end()) where.fail("unknown quote " + in_quotes(f.quote_id));
    f.words = get_string(j, "words", where);
    f.verdict = get_string(j, "verdict", where);
    check_verdict(f.verdict, where);
    f.note = get_string(j, "note", where);
    f.refs = get_string_list(j, "refs", where);
    if (f.refs.empty()) where.fail("field \"refs\" missing or empty: a fact-check needs a citation");
    check_refs(f.refs, keys, where);
    f.range = locate_words(*quote, find_source(data.sources, quote->source_id, where), f.words, where);
    return f;
}

void load_fact_checks(const fs::path& path, const std::set<std::string>& keys, LibraryData& data) {
    const Where file{path.generic_string(), ""};
    data.fact_checks = parse_entries(read_json(path), "factchecks", file, [&](const json& j, std::size_t i, Ids& seen) {
        return parse_fact_check(j, i, file, data, keys, seen);
    });
}

// ---- glossary.json ---------------------------------------------------------------------------

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// Every term and alias seen so far, lower-cased, with the term it belongs to.
using Names = std::map<std::string, std::string>;

void claim_name(Names& names, const std::string& name, const std::string& term, const Where& where) {
    const auto [it, added] = names.emplace(lower(name), term);
    if (added) return;
    const std::string owner = it->second == term ? "this term" : "term " + in_quotes(it->second);
    where.fail("duplicate term or alias " + in_quotes(name) + " (already used by " + owner + ")");
}

GlossaryEntry parse_term(const json& j, std::size_t index, const Where& file, const std::set<std::string>& keys,
                         Names& names) {
    const auto [term, where] = entry_id(j, "term", "term", index, file);
    GlossaryEntry e;
    e.term = term;
    e.aliases = get_string_list(j, "aliases", where);
    e.definition = get_string(j, "definition", where);
    e.see_also = get_string_list(j, "see_also", where);
    e.refs = get_string_list(j, "refs", where);
    check_refs(e.refs, keys, where);
    claim_name(names, e.term, e.term, where);
    for (const std::string& alias : e.aliases) {
        if (normalize_whitespace(alias).empty()) where.fail("empty alias");
        claim_name(names, alias, e.term, where);
    }
    return e;
}

void check_see_also(const std::vector<GlossaryEntry>& terms, const Where& file) {
    std::set<std::string> known;
    for (const GlossaryEntry& e : terms) known.insert(e.term);
    for (const GlossaryEntry& e : terms)
        for (const std::string& other : e.see_also)
            if (known.count(other) == 0)
                file.at("term", e.term).fail("see_also names unknown term " + in_quotes(other));
}

std::vector<GlossaryEntry> load_glossary(const fs::path& path, const std::set<std::string>& keys) {
    const Where file{path.generic_string(), ""};
    Names names;
    std::vector<GlossaryEntry> out =
        parse_entries(read_json(path), "terms", file,
                      [&](const json& j, std::size_t i, Ids&) { return parse_term(j, i, file, keys, names); });
    check_see_also(out, file);
    return out;
}

std::set<std::string> reference_keys(const std::vector<Reference>& refs) {
    std::set<std::string> keys;
    for (const Reference& r : refs) keys.insert(r.key);
    return keys;
}

}  // namespace

Library load_library(const std::string& assets_dir) {
    const fs::path content_dir = fs::path(assets_dir) / "content";
    LibraryData data;
    data.references = load_references(content_dir / "references.json");
    const std::set<std::string> keys = reference_keys(data.references);
    data.sources = load_sources(content_dir / "sources.json", fs::path(assets_dir) / "sources");
    data.quotes = load_quotes(content_dir / "quotes.json", data.sources);
    load_caveats(content_dir / "caveats.json", data.sources, keys, data);
    load_fact_checks(content_dir / "factchecks.json", keys, data);
    data.glossary = load_glossary(content_dir / "glossary.json", keys);
    return Library(std::move(data));
}

}  // namespace content
