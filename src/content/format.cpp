// Plain-text renderings of the content: source credits, reference entries and the --list-quotes listing.
#include <sstream>
#include <stdexcept>

#include "content/content.hpp"

namespace content {
namespace {

std::string join(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

std::string ref_list(const std::vector<std::string>& refs) { return refs.empty() ? "" : " [" + join(refs, ", ") + "]"; }

void write_fact_check(std::ostream& out, const FactCheck& f) {
    out << "  FACT-CHECK " << f.id << " (" << f.verdict << ") on \"" << normalize_whitespace(f.words) << "\":\n    "
        << f.note << ref_list(f.refs) << "\n";
}

void write_quote(std::ostream& out, const Library& library, const Quote& q) {
    out << "[" << q.id << "] " << q.source_id << ": " << describe_source(library.source_of(q)) << "\n";
    out << "  \"" << normalize_whitespace(q.text) << "\"\n";
    if (!q.note.empty()) out << "  Note: " << q.note << "\n";
    for (const FactCheck* f : library.fact_checks_for_quote(q.id)) write_fact_check(out, *f);
    out << "\n";
}

void write_caveat(std::ostream& out, const Caveat& c) {
    if (c.kind == CaveatKind::source)
        out << "  - " << c.source_id << ": \"" << normalize_whitespace(c.text) << "\"\n";
    else
        out << "  - app: " << c.text << ref_list(c.refs) << "\n";
}

void write_stage(std::ostream& out, const Library& library, std::string_view stage) {
    const std::vector<const Quote*> quotes = library.quotes_for_stage(stage);
    out << "== " << stage << " (" << quotes.size() << " quotes) ==\n\n";
    for (const Quote* q : quotes) write_quote(out, library, *q);
    const std::vector<const Caveat*> caveats = library.stage_caveats(stage);
    if (caveats.empty()) return;
    out << "Caveats for " << stage << ":\n";
    for (const Caveat* c : caveats) write_caveat(out, *c);
    out << "\n";
}

void write_general(std::ostream& out, const Library& library) {
    out << "== general caveats ==\n";
    for (const Caveat* c : library.general_caveats()) write_caveat(out, *c);
}

}  // namespace

std::string describe_source(const Source& source) {
    // A bracketed title is the app's description of an untitled text, so it is not put in quotes.
    const bool described = !source.title.empty() && source.title.front() == '(';
    std::string out = described ? source.title : "\"" + source.title + "\"";
    if (!source.author.empty()) out += " by " + source.author;
    if (!source.site.empty()) out += (source.author.empty() ? ", " : ", on ") + source.site;
    return out + " (" + source.kind + ")";
}

std::string format_reference(const Reference& ref) {
    std::string out = ref.authors + " (" + std::to_string(ref.year) + "). " + ref.title + ". " + ref.journal;
    if (!ref.details.empty()) out += " " + ref.details;
    return out + ".";
}

std::string format_stage_quotes(const Library& library, const std::string& stage_or_empty) {
    if (!stage_or_empty.empty() && !is_stage_id(stage_or_empty))
        throw std::invalid_argument("unknown stage \"" + stage_or_empty + "\"; valid stages: " + stage_id_list());
    std::ostringstream out;
    out << "Synapse Lab: what the source texts say, stage by stage\n" << library.notice() << "\n\n";
    if (!stage_or_empty.empty()) {
        write_stage(out, library, stage_or_empty);
        return out.str();
    }
    for (std::string_view stage : kStageIds) write_stage(out, library, stage);
    write_general(out, library);
    return out.str();
}

}  // namespace content
