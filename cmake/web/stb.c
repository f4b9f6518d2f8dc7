/* Web build only: Debian's stb headers (libstb-dev) compiled for Emscripten, as Debian's libstb.a is for the desktop. */
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb_image_write.h>
#include <stb_truetype.h>
