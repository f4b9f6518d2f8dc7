// The teaching content of the side panels (quotes, caveats, fact-checks, glossary, references) and its loader.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "content/stages.hpp"
#include "content/verbatim.hpp"

namespace content {

/// One source text, quoted verbatim by the panels (assets/content/sources.json + assets/sources/).
struct Source {
    std::string id;      ///< short id used by quotes, e.g. "stackwise"
    std::string file;    ///< file name in assets/sources/
    std::string seed;    ///< name of the original in ../shared/seeds/ ("" if not given)
    std::string title;   ///< title as the text gives it (or a description in brackets)
    std::string author;  ///< author as the text names it, "" when it names none
    std::string site;    ///< site or publisher as the text names it, "" when none
    std::string kind;    ///< what sort of text: "health-information page", "personal blog post", ...
    std::string note;    ///< the app's remark on provenance
    std::string text;    ///< the full text, exactly as shipped
};

/// A verbatim passage of a source, filed under one or more stages.
struct Quote {
    std::string id;                   ///< e.g. "nmda-2"
    std::string source_id;            ///< Source::id
    std::vector<std::string> stages;  ///< stage ids (kStageIds)
    std::string text;                 ///< as written in quotes.json
    std::string note;                 ///< the app's own comparison note, may be ""
    ByteRange range;                  ///< where the quote lies in its source's text
};

/// Whose words a caveat is in.
enum class CaveatKind { source, app };

/// A caveat: the sources' own words about uncertainty or risk, or the app's own about its model.
struct Caveat {
    std::string id;
    CaveatKind kind = CaveatKind::app;
    std::string source_id;            ///< for CaveatKind::source, else ""
    std::vector<std::string> stages;  ///< empty = a general caveat
    std::string text;
    std::vector<std::string> refs;  ///< reference keys (app caveats)
    ByteRange range;                ///< position in the source text (CaveatKind::source only)
    bool general() const { return stages.empty(); }
};

/// The app's correction or qualification of the exact words of one quote.
struct FactCheck {
    std::string id;
    std::string quote_id;           ///< Quote::id
    std::string words;              ///< the exact words within the quote that it concerns
    std::string verdict;            ///< wrong, misleading, overstated, incomplete, unsupported, unverified
    std::string note;               ///< the accurate statement
    std::vector<std::string> refs;  ///< reference keys, at least one
    ByteRange range;                ///< position of `words` in the quote's source text
};

/// One entry of the single reference list.
struct Reference {
    std::string key;      ///< FirstAuthorSurname + Year, e.g. "Zarate2006"
    std::string authors;  ///< "Zarate CA Jr, Singh JB, ..., et al."
    int year = 0;
    std::string title;
    std::string journal;
    std::string details;   ///< volume(issue):pages, may be ""
    std::string note;      ///< what the app uses it for, may be ""
    bool checked = false;  ///< bibliographic details compared with a published record
};

/// A plain-language definition.
struct GlossaryEntry {
    std::string term;
    std::vector<std::string> aliases;
    std::string definition;
    std::vector<std::string> see_also;  ///< other terms
    std::vector<std::string> refs;      ///< reference keys
};

/// Everything the loader reads, already validated.
struct LibraryData {
    std::string notice;  ///< "teaching model, not medical advice"
    std::vector<Source> sources;
    std::vector<Quote> quotes;
    std::vector<Caveat> caveats;
    std::vector<FactCheck> fact_checks;
    std::vector<Reference> references;
    std::vector<GlossaryEntry> glossary;
};

/// Read-only access to the content, in file order. Look-ups return nullptr when nothing matches.
class Library {
public:
    Library() = default;
    explicit Library(LibraryData data) : data_(std::move(data)) {}

    const std::string& notice() const { return data_.notice; }

    const std::vector<Source>& sources() const { return data_.sources; }
    const Source* source(std::string_view id) const;
    /// The source a quote comes from (the loader guarantees it exists).
    const Source& source_of(const Quote& quote) const;

    const std::vector<Quote>& quotes() const { return data_.quotes; }
    const Quote* quote(std::string_view id) const;
    std::vector<const Quote*> quotes_for_stage(std::string_view stage) const;

    const std::vector<Caveat>& caveats() const { return data_.caveats; }
    /// Caveats filed under this stage only.
    std::vector<const Caveat*> stage_caveats(std::string_view stage) const;
    /// Caveats that apply everywhere.
    std::vector<const Caveat*> general_caveats() const;
    /// What a stage's panel shows: its own caveats, then the general ones.
    std::vector<const Caveat*> caveats_for_stage(std::string_view stage) const;

    const std::vector<FactCheck>& fact_checks() const { return data_.fact_checks; }
    std::vector<const FactCheck*> fact_checks_for_quote(std::string_view quote_id) const;
    std::vector<const FactCheck*> fact_checks_for_stage(std::string_view stage) const;

    const std::vector<Reference>& references() const { return data_.references; }
    const Reference* reference(std::string_view key) const;

    const std::vector<GlossaryEntry>& glossary() const { return data_.glossary; }
    /// Case-insensitive match on a term or any alias ("nmda receptor" finds "NMDA"); a trailing
    /// plural "s" is tried off as a last resort.
    const GlossaryEntry* glossary_lookup(std::string_view term) const;

private:
    LibraryData data_;
};

/// Loads and checks assets_dir/content/*.json and assets_dir/sources/*. Throws std::runtime_error
/// with one line naming the file and the entry on any problem, e.g.
/// `assets/content/quotes.json: quote "nmda-3": text not found verbatim in source stackwise`.
Library load_library(const std::string& assets_dir);

/// "Title" by author, site (kind): how a source is credited under a quote.
std::string describe_source(const Source& source);

/// "Zarate CA Jr, ... (2006). Title. Journal 63(8):856-864."
std::string format_reference(const Reference& ref);

/// The plain-text listing behind `synapse-lab --list-quotes [STAGE]`: each stage's quotes with
/// their source, fact-checks and caveats. Empty stage = every stage, plus the general caveats.
/// Throws std::invalid_argument naming the valid stages when `stage_or_empty` is not one.
std::string format_stage_quotes(const Library& library, const std::string& stage_or_empty);

}  // namespace content
