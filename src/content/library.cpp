// Read-only look-ups over the loaded teaching content.
#include <algorithm>
#include <cctype>

#include "content/content.hpp"

namespace content {
namespace {

bool has_stage(const std::vector<std::string>& stages, std::string_view stage) {
    return std::find(stages.begin(), stages.end(), stage) != stages.end();
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

bool names_entry(const GlossaryEntry& entry, std::string_view name) {
    if (iequals(entry.term, name)) return true;
    return std::any_of(entry.aliases.begin(), entry.aliases.end(),
                       [&](const std::string& alias) { return iequals(alias, name); });
}

template <typename T, typename Pred>
const T* find_first(const std::vector<T>& items, Pred pred) {
    const auto it = std::find_if(items.begin(), items.end(), pred);
    return it == items.end() ? nullptr : &*it;
}

template <typename T, typename Pred>
std::vector<const T*> find_all(const std::vector<T>& items, Pred pred) {
    std::vector<const T*> out;
    for (const T& item : items)
        if (pred(item)) out.push_back(&item);
    return out;
}

}  // namespace

const Source* Library::source(std::string_view id) const {
    return find_first(data_.sources, [&](const Source& s) { return s.id == id; });
}

const Source& Library::source_of(const Quote& quote) const { return *source(quote.source_id); }

const Quote* Library::quote(std::string_view id) const {
    return find_first(data_.quotes, [&](const Quote& q) { return q.id == id; });
}

std::vector<const Quote*> Library::quotes_for_stage(std::string_view stage) const {
    return find_all(data_.quotes, [&](const Quote& q) { return has_stage(q.stages, stage); });
}

std::vector<const Caveat*> Library::stage_caveats(std::string_view stage) const {
    return find_all(data_.caveats, [&](const Caveat& c) { return has_stage(c.stages, stage); });
}

std::vector<const Caveat*> Library::general_caveats() const {
    return find_all(data_.caveats, [](const Caveat& c) { return c.general(); });
}

std::vector<const Caveat*> Library::caveats_for_stage(std::string_view stage) const {
    std::vector<const Caveat*> out = stage_caveats(stage);
    const std::vector<const Caveat*> general = general_caveats();
    out.insert(out.end(), general.begin(), general.end());
    return out;
}

std::vector<const FactCheck*> Library::fact_checks_for_quote(std::string_view quote_id) const {
    return find_all(data_.fact_checks, [&](const FactCheck& f) { return f.quote_id == quote_id; });
}

std::vector<const FactCheck*> Library::fact_checks_for_stage(std::string_view stage) const {
    return find_all(data_.fact_checks, [&](const FactCheck& f) {
        const Quote* q = quote(f.quote_id);
        return q != nullptr && has_stage(q->stages, stage);
    });
}

const Reference* Library::reference(std::string_view key) const {
    return find_first(data_.references, [&](const Reference& r) { return r.key == key; });
}

const GlossaryEntry* Library::glossary_lookup(std::string_view term) const {
    const std::string_view name = trim(term);
    if (name.empty()) return nullptr;
    const auto named = [&](std::string_view n) {
        return find_first(data_.glossary, [&](const GlossaryEntry& e) { return names_entry(e, n); });
    };
    if (const GlossaryEntry* found = named(name)) return found;
    if (name.size() > 1 && (name.back() == 's' || name.back() == 'S')) return named(name.substr(0, name.size() - 1));
    return nullptr;
}

}  // namespace content
