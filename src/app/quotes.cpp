// --list-quotes [STAGE]: prints the source quotes per mechanism stage for review without the window.
#include <stdexcept>

#include "app/modes.hpp"

namespace app {

int run_list_quotes(const Options&) { throw std::runtime_error("--list-quotes is not available yet"); }

}  // namespace app
