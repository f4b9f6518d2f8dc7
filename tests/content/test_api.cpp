// Tests of the look-ups the UI uses and of the --list-quotes listing, on the shipped content.
#include <catch2/catch.hpp>

#include <algorithm>

#include "content/content.hpp"
#include "sim/stage.hpp"

namespace {

const std::string kAssets = std::string(SYNAPSE_SOURCE_DIR) + "/assets";

}  // namespace

TEST_CASE("glossary look-up is case-insensitive and follows aliases") {
    const auto lib = content::load_library(kAssets);
    const auto* nmda = lib.glossary_lookup("NMDA");
    REQUIRE(nmda != nullptr);
    CHECK(lib.glossary_lookup("NMDA receptor") == nmda);
    CHECK(lib.glossary_lookup("  nmda receptor ") == nmda);
    CHECK(lib.glossary_lookup("NMDAR") == nmda);
    CHECK(lib.glossary_lookup("use-dependent block") == lib.glossary_lookup("open-channel block"));
    CHECK(lib.glossary_lookup("trapping block") != lib.glossary_lookup("open-channel block"));  // an entry of its own
    CHECK(lib.glossary_lookup("synaptogeneses") == nullptr);
    CHECK(lib.glossary_lookup("TrkB receptors") == lib.glossary_lookup("TrkB"));
    CHECK(lib.glossary_lookup("") == nullptr);
    CHECK(lib.glossary_lookup("photosynthesis") == nullptr);
}

TEST_CASE("quotes, caveats and fact-checks by stage") {
    const auto lib = content::load_library(kAssets);
    const auto quotes = lib.quotes_for_stage("nmda_block");
    REQUIRE_FALSE(quotes.empty());
    for (const auto* q : quotes) CHECK(std::find(q->stages.begin(), q->stages.end(), "nmda_block") != q->stages.end());
    CHECK(lib.quotes_for_stage("no_such_stage").empty());

    const auto general = lib.general_caveats();
    const auto own = lib.stage_caveats("mtor");
    const auto all = lib.caveats_for_stage("mtor");
    CHECK_FALSE(general.empty());
    CHECK_FALSE(own.empty());
    CHECK(all.size() == general.size() + own.size());
    bool has_app = false, has_source = false;
    for (const auto& c : lib.caveats()) {
        has_app |= c.kind == content::CaveatKind::app;
        has_source |= c.kind == content::CaveatKind::source;
    }
    CHECK(has_app);
    CHECK(has_source);

    const auto checks = lib.fact_checks_for_quote("nmda-2");
    REQUIRE(checks.size() == 1);
    CHECK(checks[0]->words == "usually dampens glutamate activity");
    CHECK_FALSE(lib.fact_checks_for_stage("synaptogenesis").empty());
}

TEST_CASE("a quote can be shown in its source, highlighted") {
    const auto lib = content::load_library(kAssets);
    const auto* q = lib.quote("nmda-2");
    REQUIRE(q != nullptr);
    const auto& src = lib.source_of(*q);
    CHECK(src.id == "stackwise");
    CHECK(content::slice(src.text, q->range).substr(0, 18) == "Ketamine temporari");
    const auto paragraph = content::line_context(src.text, q->range);
    CHECK(paragraph.contains(q->range));
    CHECK(content::slice(src.text, paragraph).substr(0, 24) == "Ketamine works primarily");
}

TEST_CASE("references resolve by key and format as a citation") {
    const auto lib = content::load_library(kAssets);
    const auto* ref = lib.reference("Zarate2006");
    REQUIRE(ref != nullptr);
    CHECK(ref->year == 2006);
    CHECK_THAT(content::format_reference(*ref), Catch::StartsWith("Zarate CA Jr") && Catch::Contains("(2006)"));
    CHECK(lib.reference("Nobody1900") == nullptr);
}

TEST_CASE("format_stage_quotes lists one stage or all of them") {
    const auto lib = content::load_library(kAssets);
    const std::string one = content::format_stage_quotes(lib, "disinhibition");
    CHECK_THAT(one, Catch::Contains("== disinhibition (") && Catch::Contains("[nmda-2] stackwise") &&
                        Catch::Contains("FACT-CHECK fc-dampens (misleading)") && Catch::Contains(lib.notice()));
    CHECK_THAT(one, !Catch::Contains("== dose ("));

    const std::string all = content::format_stage_quotes(lib, "");
    for (std::string_view stage : content::kStageIds)
        CHECK_THAT(all, Catch::Contains("== " + std::string(stage) + " ("));
    CHECK_THAT(all, Catch::Contains("== general caveats =="));
    for (const auto& q : lib.quotes()) CHECK_THAT(all, Catch::Contains("[" + q.id + "]"));
}

TEST_CASE("format_stage_quotes rejects an unknown stage, naming the valid ones") {
    const auto lib = content::load_library(kAssets);
    CHECK_THROWS_MATCHES(content::format_stage_quotes(lib, "nmda"), std::invalid_argument,
                         Catch::Message("unknown stage \"nmda\"; valid stages: " + content::stage_id_list()));
}

TEST_CASE("Per-stage and per-quote lookups equal a brute-force filter, for every stage and quote") {
    const auto lib = content::load_library(kAssets);
    const auto has = [](const std::vector<std::string>& stages, std::string_view stage) {
        return std::find(stages.begin(), stages.end(), stage) != stages.end();
    };
    for (const sim::Stage stage : sim::kAllStages) {
        const std::string_view id = sim::stage_id(stage);
        INFO("stage " << id);
        std::vector<const content::Quote*> quotes;
        for (const content::Quote& q : lib.quotes())
            if (has(q.stages, id)) quotes.push_back(&q);
        CHECK(lib.quotes_for_stage(id) == quotes);
        std::vector<const content::Caveat*> own, all;
        for (const content::Caveat& c : lib.caveats()) {
            if (has(c.stages, id)) own.push_back(&c);
            if (has(c.stages, id) || c.general()) all.push_back(&c);
        }
        CHECK(lib.stage_caveats(id) == own);
        auto got_all = lib.caveats_for_stage(id);
        std::sort(got_all.begin(), got_all.end());
        std::sort(all.begin(), all.end());
        CHECK(got_all == all);
        std::vector<const content::FactCheck*> checks;
        for (const content::FactCheck& f : lib.fact_checks())
            if (const content::Quote* q = lib.quote(f.quote_id); q && has(q->stages, id)) checks.push_back(&f);
        CHECK(lib.fact_checks_for_stage(id) == checks);
    }
    for (const content::Quote& q : lib.quotes()) {
        std::vector<const content::FactCheck*> checks;
        for (const content::FactCheck& f : lib.fact_checks())
            if (f.quote_id == q.id) checks.push_back(&f);
        CHECK(lib.fact_checks_for_quote(q.id) == checks);
    }
}
