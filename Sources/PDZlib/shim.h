#include <zlib.h>

/// inflateInit2 is a macro; Swift sees this function instead.
static inline int pd_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}
