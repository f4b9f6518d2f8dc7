// Tests that keep the content review's corrections fixed: verdicts, new fact-checks, the rapamycin evidence in
// patients, the current esketamine label, glossary wording and aliases, and the counts that docs/content.md states.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "content/content.hpp"

namespace {

const std::string kSource = SYNAPSE_SOURCE_DIR;
const std::string kAssets = kSource + "/assets";

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool cites(const std::vector<std::string>& refs, const std::string& key) {
    return std::find(refs.begin(), refs.end(), key) != refs.end();
}

const content::FactCheck& fact_check(const content::Library& lib, const std::string& id) {
    for (const auto& f : lib.fact_checks())
        if (f.id == id) return f;
    FAIL("no fact-check " << id);
    throw std::logic_error("unreachable");
}

const content::GlossaryEntry& entry(const content::Library& lib, const std::string& name) {
    const content::GlossaryEntry* e = lib.glossary_lookup(name);
    INFO("glossary " << name);
    REQUIRE(e != nullptr);
    return *e;
}

}  // namespace

TEST_CASE("verdicts that were too absolute stay corrected, with the evidence that corrects them") {
    const auto lib = content::load_library(kAssets);
    struct Expected {
        const char* id;
        const char* verdict;
        const char* ref;   ///< a reference the corrected note must cite
        const char* says;  ///< words the corrected note must contain
    };
    for (const Expected& x : {
             Expected{"fc-inflammation-1", "misleading", "Dale2012", "sTNFR1"},
             Expected{"fc-inflammation-1", "misleading", "Park2017", "IL-6"},
             Expected{"fc-without-clinic", "misleading", "FDA2022", "Compounded"},
             Expected{"fc-without-clinic", "misleading", "FDA2023", "at home"},
             Expected{"fc-dampens", "misleading", "Homayoun2007", "interneurons do restrain glutamate release"},
             Expected{"fc-pruning", "overstated", "Phoumthipphavong2016", "apical tuft"},
             Expected{"fc-rapid-plasticity", "incomplete", "Autry2011", "30 minutes"},
             Expected{"fc-connectivity-quick", "overstated", "Autry2011", "30 minutes"},
         }) {
        INFO(x.id);
        const auto& f = fact_check(lib, x.id);
        CHECK(f.verdict == x.verdict);
        CHECK(cites(f.refs, x.ref));
        CHECK(has(f.note, x.says));
    }
}

TEST_CASE("the claims that had no fact-check now have one, citing its evidence") {
    const auto lib = content::load_library(kAssets);
    const std::map<std::string, std::string> quote_and_ref = {
        {"mtor-1", "ModaSava2019"}, {"se-2", "Winstock2012"}, {"syn-8", "ModaSava2019"}, {"wb-8", "Spravato2026"}};
    for (const auto& [quote, ref] : quote_and_ref) {
        INFO("quote " << quote);
        const auto checks = lib.fact_checks_for_quote(quote);
        REQUIRE_FALSE(checks.empty());
        CHECK(std::any_of(checks.begin(), checks.end(), [&](const auto* f) { return cites(f->refs, ref); }));
    }
    CHECK(has(fact_check(lib, "fc-crucial-role").words, "crucial role in promoting long-lasting therapeutic benefits"));
    CHECK(has(fact_check(lib, "fc-dependency-rare").words, "Rarely"));
    CHECK(has(fact_check(lib, "fc-reset-circuits").words, "reset dysfunctional neural circuits"));
}

TEST_CASE("rapamycin: the human trial is a reference, a caveat, and in the glossary beside the rat result") {
    const auto lib = content::load_library(kAssets);
    const auto* ref = lib.reference("Abdallah2020");
    REQUIRE(ref != nullptr);
    CHECK(ref->year == 2020);
    CHECK(ref->journal == "Neuropsychopharmacology");
    CHECK(has(ref->title, "rapamycin"));
    CHECK(has(ref->details, "990-997"));

    const auto mtor_caveats = lib.stage_caveats("mtor");
    const auto rapamycin = std::find_if(mtor_caveats.begin(), mtor_caveats.end(),
                                        [](const content::Caveat* c) { return c->id == "app-rapamycin-human"; });
    REQUIRE(rapamycin != mtor_caveats.end());
    CHECK((*rapamycin)->kind == content::CaveatKind::app);
    CHECK(cites((*rapamycin)->refs, "Abdallah2020"));
    CHECK(cites((*rapamycin)->refs, "Li2010"));
    CHECK(has((*rapamycin)->text, "In rats, rapamycin"));
    CHECK(has((*rapamycin)->text, "did not block the benefit at 24 hours"));
    CHECK(has((*rapamycin)->text, "unresolved"));

    for (const char* term : {"rapamycin", "mTOR"}) {
        INFO("glossary " << term);
        const auto& e = entry(lib, term);
        CHECK(cites(e.refs, "Abdallah2020"));
        CHECK(cites(e.refs, "Li2010"));
        CHECK(has(e.definition, "patients"));
    }
    CHECK(has(entry(lib, "mTOR").definition, "some rodent studies did not find"));
}

TEST_CASE("the experiments lesson's rapamycin step teaches the rat and the human result") {
    const nlohmann::json lesson = nlohmann::json::parse(read_text(kAssets + "/lessons/experiments.json"));
    int rapamycin_steps = 0;
    for (const auto& step : lesson.at("steps")) {
        if (step.value("scenario", nlohmann::json::object()).value("preset", "") != "rapamycin") continue;
        ++rapamycin_steps;
        const std::string explanation = step.at("question").at("explanation").get<std::string>();
        INFO(explanation);
        CHECK(has(explanation, "rats"));
        CHECK(has(explanation, "Li 2010"));
        CHECK(has(explanation, "human trial"));
        CHECK(has(explanation, "Abdallah 2020"));
        CHECK(has(explanation, "did not block"));
        CHECK(has(explanation, "unresolved"));
    }
    CHECK(rapamycin_steps == 1);
}

TEST_CASE("esketamine's current label: suicidal ideation, not shown to prevent suicide, the boxed warning") {
    const auto lib = content::load_library(kAssets);
    const auto* label = lib.reference("Spravato2026");
    REQUIRE(label != nullptr);
    CHECK(has(label->note, "acute suicidal ideation or behaviour"));
    CHECK(has(label->note, "respiratory depression"));
    const auto& life_saving = fact_check(lib, "fc-life-saving");
    CHECK(cites(life_saving.refs, "Spravato2026"));
    CHECK(has(life_saving.note, "not been shown to prevent suicide"));
    CHECK(has(life_saving.note, "boxed warning"));
    CHECK(has(entry(lib, "esketamine").definition, "acute suicidal thoughts or behaviour"));
    CHECK(has(entry(lib, "suicidal ideation").definition, "not been shown to prevent suicide"));
}

TEST_CASE("glossary wording the review corrected stays corrected") {
    const auto lib = content::load_library(kAssets);
    const auto& ocd = entry(lib, "OCD");
    CHECK_FALSE(has(ocd.definition, "One small controlled trial"));
    CHECK(cites(ocd.refs, "Beaglehole2025"));
    CHECK_FALSE(has(entry(lib, "mGluR2/3").definition, "one reason the surge is short"));
    CHECK_FALSE(has(entry(lib, "NMDA").definition, "opens only when"));
    CHECK(has(entry(lib, "NMDA").definition, "push the magnesium out"));
    CHECK(has(entry(lib, "Ki").definition, "0.3 micromolar for S-ketamine"));
    CHECK(has(entry(lib, "Ki").definition, "1.4 micromolar for R-ketamine"));
    // eEF2 and the kinase that phosphorylates it are two proteins, two entries
    CHECK(entry(lib, "eEF2").term == "eEF2");
    CHECK(entry(lib, "eEF2 kinase").term == "eEF2 kinase");
    CHECK(has(entry(lib, "bioavailability").definition, "3 volunteers"));
    // the enantiomers: R-ketamine binds more weakly, yet some rodent studies found it as strong or stronger
    const auto& r = entry(lib, "R-ketamine");
    CHECK(cites(r.refs, "Zhang2014"));
    CHECK(cites(r.refs, "Yang2015"));
    CHECK(has(entry(lib, "esketamine").definition, "rodent studies"));
}

TEST_CASE("the 185 ng/mL peak is cited to Zanos 2018 wherever it appears") {
    const auto lib = content::load_library(kAssets);
    for (const auto& e : lib.glossary())
        if (has(e.definition, "185 ng/mL")) {
            INFO("glossary " << e.term);
            CHECK(cites(e.refs, "Zanos2018"));
        }
    for (const auto& f : lib.fact_checks())
        if (has(f.note, "185 ng/mL")) {
            INFO("fact-check " << f.id);
            CHECK(cites(f.refs, "Zanos2018"));
        }
    for (const auto& c : lib.caveats())
        if (has(c.text, "185 ng/mL")) {
            INFO("caveat " << c.id);
            CHECK(cites(c.refs, "Zanos2018"));
        }
}

TEST_CASE("clin-10 quotes the table with its header row") {
    const auto lib = content::load_library(kAssets);
    const auto* q = lib.quote("clin-10");
    REQUIRE(q != nullptr);
    CHECK(q->text.rfind("| Study | Sample Size | Results |", 0) == 0);
}

TEST_CASE("no glossary alias links the unrelated phrases the review named, and the new terms exist") {
    const auto lib = content::load_library(kAssets);
    // "trapped" and "trapping" alone would link any trapped feeling to the NMDA channel
    CHECK(lib.glossary_lookup("trapped") == nullptr);
    CHECK(lib.glossary_lookup("trapping") == nullptr);
    CHECK(lib.glossary_lookup("eEF2")->term != lib.glossary_lookup("eEF2 kinase")->term);
    CHECK(entry(lib, "trapped block").term == "Trapping block");
    CHECK(entry(lib, "trapping block").term == "Trapping block");
    for (const char* term : {"effect site", "effect-site", "clinical effect index", "PSD-95", "GluA1", "synapsin I"}) {
        INFO("term " << term);
        CHECK(entry(lib, term).definition.size() > 40);
    }
    // "Synapse" in the app's name would link to the synapse entry: panel text that gets glossary links names the
    // app otherwise (the notice is shown without links)
    for (const auto& c : lib.caveats()) {
        INFO("caveat " << c.id);
        CHECK_FALSE(has(c.text, "Synapse Lab"));
    }
    for (const auto& f : lib.fact_checks()) {
        INFO("fact-check " << f.id);
        CHECK_FALSE(has(f.note, "Synapse Lab"));
    }
    for (const auto& e : lib.glossary()) {
        INFO("glossary " << e.term);
        CHECK_FALSE(has(e.definition, "Synapse Lab"));
    }
    for (const auto& q : lib.quotes()) {
        INFO("quote " << q.id);
        CHECK_FALSE(has(q.note, "Synapse Lab"));
    }
}

TEST_CASE("docs/content.md states the shipped counts") {
    const auto lib = content::load_library(kAssets);
    const std::string doc = read_text(kSource + "/docs/content.md");
    const std::regex counts(
        R"(They hold (\d+) quotes[^,]*, (\d+) caveats \((\d+) in the sources' own words, (\d+) the app's\), (\d+) fact-checks, (\d+)\s+glossary terms and (\d+) references)");
    std::smatch m;
    REQUIRE(std::regex_search(doc, m, counts));
    const auto source_caveats = std::count_if(lib.caveats().begin(), lib.caveats().end(),
                                              [](const auto& c) { return c.kind == content::CaveatKind::source; });
    CHECK(std::stoul(m[1]) == lib.quotes().size());
    CHECK(std::stoul(m[2]) == lib.caveats().size());
    CHECK(std::stol(m[3]) == source_caveats);
    CHECK(std::stoul(m[4]) == lib.caveats().size() - static_cast<std::size_t>(source_caveats));
    CHECK(std::stoul(m[5]) == lib.fact_checks().size());
    CHECK(std::stoul(m[6]) == lib.glossary().size());
    CHECK(std::stoul(m[7]) == lib.references().size());
}
