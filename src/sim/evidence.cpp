// The species tag of each mechanism stage: the model lays rodent time courses onto the human infusion.
#include "sim/evidence.hpp"

namespace sim {

StageEvidence stage_evidence(Stage stage) {
    switch (stage) {
        case Stage::dose: return {"human", "plasma levels measured in people (Clements 1981; Zarate 2006)"};
        case Stage::nmda_block:
            return {"in vitro, mouse",
                    "binding in rat brain membranes (Ebert 1997); trapping in mouse habenula (Ma 2023); no human "
                    "measure of block"};
        case Stage::disinhibition: return {"rat", "unit recordings in rats (Homayoun 2007); not measured in people"};
        case Stage::glutamate_surge:
            return {"rat", "about 2x in rat microdialysis (Moghaddam 1997); in people +13 % by MRS (Abdallah 2018)"};
        case Stage::ampa_bdnf:
            return {"mouse, rat", "mouse and rat studies (Autry 2011; Maeng 2008); not measured in the human brain"};
        case Stage::mtor:
            return {"rat",
                    "in rats (Li 2010), not replicated in every rodent study; in the one human trial rapamycin did not "
                    "block the 24 h effect (Abdallah 2020)"};
        case Stage::synaptogenesis:
            return {"rat, mouse",
                    "rat and mouse spines (Li 2010; Moda-Sava 2019); in people SV2A PET showed no measurable change of "
                    "synaptic density 24 h after ketamine (Holmes 2022)"};
        case Stage::clinical:
            return {"human",
                    "trials in people (Kishimoto 2016 meta-analysis; Murrough 2013); under rapamycin the human trial "
                    "(Abdallah 2020), not the rat result"};
        default: return {"", ""};
    }
}

}  // namespace sim
