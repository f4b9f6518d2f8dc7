// --record: scripted, frame-exact headless export (being written).
#include <stdexcept>

#include "app/modes.hpp"

namespace app {

int run_record(const Options&) { throw std::runtime_error("--record is not available yet"); }

}  // namespace app
