// The reference keys cited by the model's constants (src/sim/constants.hpp); a test keeps the two in step.
#include "sim/citations.hpp"

namespace sim {

std::vector<std::string_view> model_citation_keys() {
    return {"Abdallah2020",    "Daly2019",       "Holmes2022",     "Murrough2013",
            "Autry2011",       "Bowdle1998",     "Chen2009",
            "Clements1981",    "Clements1982",   "Ebert1997",
            "Fanta2015",       "Fava2018",       "Homayoun2007",
            "Kamp2020",        "Kishimoto2016",  "Kotermanski2009", "Langsjo2005",
            "Li2010",          "Lii2023",        "Liu2012",
            "Luckenbaugh2014", "Ma2023",         "Maeng2008",
            "ModaSava2019",    "Moghaddam1997",  "Phoumthipphavong2016",
            "RivaPosse2018",   "Rolan2014",      "Schobel2013",
            "Spravato2019",    "Yanagihara2003", "Zanos2018",
            "Zarate2006"};
}

}  // namespace sim
