// Loads assets/content/*.json (read by json_reader) and assets/sources/*, checking every id, stage, key and quote.
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
#include "json/reader.hpp"

namespace content {
namespace {

using json_reader::Object;
using json_reader::Value;
using nlohmann::json;
namespace fs = std::filesystem;

/// Names the file and entry a check of the content (not of the JSON: json_reader does that, with paths such as
/// `quotes[3].text`) is about, and raises it as one line.
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
    const std::string file = path.generic_string();
    return json_reader::parse(read_file(path, Where{file, ""}, "file"), file);
}

/// The file's top-level object with only `keys` (and '_' comments); its other errors are recorded in `errors`.
Object top_level(const json& doc, json_reader::Errors& errors, std::initializer_list<std::string_view> keys) {
    const auto root = Value(doc, "", errors).object();
    if (!root) errors.throw_if_any();
    root->allow_only(keys);
    return *root;
}

std::vector<std::string> string_list(const Object& o, std::string_view key) {
    const auto v = o.get(key);
    return v ? v->strings().value_or(std::vector<std::string>{}) : std::vector<std::string>{};
}

/// The entry as an object with only `keys`, and its id (or key/term) field naming it `kind "id"` for the checks
/// of its content; an entry whose JSON is wrong stops the loading with every JSON error of the file so far.
struct Entry {
    Object object;
    Where where;
    std::string id;
};

Entry open_entry(const Value& v, const char* field, const std::string& kind,
                 std::initializer_list<std::string_view> keys, const Where& file) {
    const auto o = v.object();
    if (!o) v.errors().throw_if_any();
    o->allow_only(keys);
    const std::string id = o->need_text(field).value_or("");
    return {*o, file.at(kind, id), id};
}

using Ids = std::set<std::string>;  ///< the ids seen so far in one file

/// Parses each entry of the array `key` with parse(entry, ids seen so far); throws the file's JSON errors at the end.
template <typename Parse>
auto parse_entries(const Object& root, const char* key, Parse parse) {
    const auto value = root.need(key);
    const auto list = value ? value->array() : std::nullopt;
    json_reader::Errors& errors = root.value().errors();
    if (!list) errors.throw_if_any();
    Ids seen;
    std::vector<decltype(parse((*list)[0], seen))> out;
    for (std::size_t i = 0; i < list->size(); ++i) out.push_back(parse((*list)[i], seen));
    errors.throw_if_any();
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

Reference parse_reference(const Value& v, const Where& file, std::set<std::string>& seen) {
    const auto [o, where, id] = open_entry(
        v, "key", "reference", {"key", "authors", "year", "title", "journal", "details", "note", "checked"}, file);
    Reference r;
    r.key = id;
    r.authors = o.need_text("authors").value_or("");
    if (const auto year = o.need("year")) r.year = static_cast<int>(year->integer().value_or(0));
    r.title = o.need_text("title").value_or("");
    r.journal = o.need_text("journal").value_or("");
    r.details = o.string("details").value_or("");
    r.note = o.string("note").value_or("");
    r.checked = o.boolean("checked").value_or(false);
    v.errors().throw_if_any();
    check_unique(seen, r.key, where);
    return r;
}

std::vector<Reference> load_references(const fs::path& path) {
    const json doc = read_json(path);
    json_reader::Errors errors(path.generic_string());
    const Where file{path.generic_string(), ""};
    return parse_entries(top_level(doc, errors, {"references"}), "references",
                         [&](const Value& v, Ids& seen) { return parse_reference(v, file, seen); });
}

// ---- sources.json ----------------------------------------------------------------------------

Source parse_source(const Value& v, const Where& file, const fs::path& text_dir, std::set<std::string>& seen) {
    const auto [o, where, id] =
        open_entry(v, "id", "source", {"id", "file", "seed", "title", "author", "site", "kind", "note"}, file);
    Source s;
    s.id = id;
    s.file = o.need_text("file").value_or("");
    s.seed = o.string("seed").value_or("");
    s.title = o.need_text("title").value_or("");
    s.author = o.string("author").value_or("");
    s.site = o.string("site").value_or("");
    s.kind = o.need_text("kind").value_or("");
    s.note = o.string("note").value_or("");
    v.errors().throw_if_any();
    check_unique(seen, s.id, where);
    s.text = read_file(text_dir / s.file, where, "text file");
    if (normalize_whitespace(s.text).empty()) where.fail("text file " + s.file + " is empty");
    return s;
}

std::vector<Source> load_sources(const fs::path& path, const fs::path& text_dir) {
    const json doc = read_json(path);
    json_reader::Errors errors(path.generic_string());
    const Where file{path.generic_string(), ""};
    return parse_entries(top_level(doc, errors, {"sources"}), "sources",
                         [&](const Value& v, Ids& seen) { return parse_source(v, file, text_dir, seen); });
}

// ---- quotes.json -----------------------------------------------------------------------------

Quote parse_quote(const Value& v, const Where& file, const std::vector<Source>& sources, std::set<std::string>& seen) {
    const auto [o, where, id] = open_entry(v, "id", "quote", {"id", "source", "stages", "text", "note"}, file);
    Quote q;
    q.id = id;
    q.source_id = o.need_text("source").value_or("");
    if (const auto stages = o.need("stages")) {
        q.stages = stages->strings().value_or(std::vector<std::string>{});
        if (stages->json().is_array() && q.stages.empty()) stages->error("must list at least one stage");
    }
    q.text = o.need_text("text").value_or("");
    q.note = o.string("note").value_or("");
    v.errors().throw_if_any();
    check_unique(seen, q.id, where);
    check_stages(q.stages, where);
    q.range = locate(find_source(sources, q.source_id, where), q.text, where);
    return q;
}

std::vector<Quote> load_quotes(const fs::path& path, const std::vector<Source>& sources) {
    const json doc = read_json(path);
    json_reader::Errors errors(path.generic_string());
    const Where file{path.generic_string(), ""};
    return parse_entries(top_level(doc, errors, {"quotes"}), "quotes",
                         [&](const Value& v, Ids& seen) { return parse_quote(v, file, sources, seen); });
}

// ---- caveats.json ----------------------------------------------------------------------------

Caveat parse_caveat(const Value& v, const Where& file, const std::vector<Source>& sources,
                    const std::set<std::string>& keys, std::set<std::string>& seen) {
    const auto [o, where, id] = open_entry(v, "id", "caveat", {"id", "kind", "source", "stages", "text", "refs"}, file);
    Caveat c;
    c.id = id;
    if (const auto kind = o.need("kind"))
        c.kind = kind->choice<CaveatKind>({{"source", CaveatKind::source}, {"app", CaveatKind::app}})
                     .value_or(CaveatKind::app);
    c.stages = string_list(o, "stages");
    c.text = o.need_text("text").value_or("");
    c.refs = string_list(o, "refs");
    if (c.kind == CaveatKind::source) c.source_id = o.need_text("source").value_or("");
    v.errors().throw_if_any();
    check_unique(seen, c.id, where);
    check_stages(c.stages, where);
    check_refs(c.refs, keys, where);
    if (c.kind == CaveatKind::source) c.range = locate(find_source(sources, c.source_id, where), c.text, where);
    return c;
}

void load_caveats(const fs::path& path, const std::vector<Source>& sources, const std::set<std::string>& keys,
                  LibraryData& data) {
    const json doc = read_json(path);
    json_reader::Errors errors(path.generic_string());
    const Where file{path.generic_string(), ""};
    const Object root = top_level(doc, errors, {"notice", "caveats"});
    data.notice = root.need_text("notice").value_or("");
    data.caveats = parse_entries(root, "caveats",
                                 [&](const Value& v, Ids& seen) { return parse_caveat(v, file, sources, keys, seen); });
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

FactCheck parse_fact_check(const Value& v, const Where& file, const LibraryData& data,
                           const std::set<std::string>& keys, std::set<std::string>& seen) {
    const auto [o, where, id] =
        open_entry(v, "id", "fact-check", {"id", "quote", "words", "verdict", "note", "refs"}, file);
    FactCheck f;
    f.id = id;
    f.quote_id = o.need_text("quote").value_or("");
    f.words = o.need_text("words").value_or("");
    f.verdict = o.need_text("verdict").value_or("");
    f.note = o.need_text("note").value_or("");
    f.refs = string_list(o, "refs");
    v.errors().throw_if_any();
    check_unique(seen, f.id, where);
    const auto quote =
        std::find_if(data.quotes.begin(), data.quotes.end(), [&](const Quote& q) { return q.id == f.quote_id; });
    if (quote == data.quotes.end()) where.fail("unknown quote " + in_quotes(f.quote_id));
    check_verdict(f.verdict, where);
    if (f.refs.empty()) where.fail("field \"refs\" missing or empty: a fact-check needs a citation");
    check_refs(f.refs, keys, where);
    f.range = locate_words(*quote, find_source(data.sources, quote->source_id, where), f.words, where);
    return f;
}

void load_fact_checks(const fs::path& path, const std::set<std::string>& keys, LibraryData& data) {
    const json doc = read_json(path);
    json_reader::Errors errors(path.generic_string());
    const Where file{path.generic_string(), ""};
    data.fact_checks =
        parse_entries(top_level(doc, errors, {"factchecks"}), "factchecks",
                      [&](const Value& v, Ids& seen) { return parse_fact_check(v, file, data, keys, seen); });
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

GlossaryEntry parse_term(const Value& v, const Where& file, const std::set<std::string>& keys, Names& names) {
    const auto [o, where, id] =
        open_entry(v, "term", "term", {"term", "aliases", "definition", "see_also", "refs"}, file);
    GlossaryEntry e;
    e.term = id;
    e.aliases = string_list(o, "aliases");
    e.definition = o.need_text("definition").value_or("");
    e.see_also = string_list(o, "see_also");
    e.refs = string_list(o, "refs");
    v.errors().throw_if_any();
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
    const json doc = read_json(path);
    json_reader::Errors errors(path.generic_string());
    const Where file{path.generic_string(), ""};
    Names names;
    std::vector<GlossaryEntry> out =
        parse_entries(top_level(doc, errors, {"terms"}), "terms",
                      [&](const Value& v, Ids&) { return parse_term(v, file, keys, names); });
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
