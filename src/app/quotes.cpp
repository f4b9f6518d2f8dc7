// --list-quotes [STAGE]: prints the source quotes per mechanism stage for review without the window.
#include <cstdio>

#include "app/modes.hpp"
#include "content/content.hpp"

namespace app {

int run_list_quotes(const Options& options) {
    const content::Library library = content::load_library(options.assets_dir);
    const std::string listing = content::format_stage_quotes(library, *options.list_quotes);
    std::fwrite(listing.data(), 1, listing.size(), stdout);
    return 0;
}

}  // namespace app
