#ifndef TRUSTMAP_GRAPHVIZ_H
#define TRUSTMAP_GRAPHVIZ_H
#include <graphviz/cgraph.h>

/// Parses DOT text like agmemread, but with an object-ID discipline that numbers named and
/// anonymous objects in creation order (per graph) instead of by string-pool address.
/// Graphviz 2.42 orders subgraphs by ID, so address-based IDs make the layout depend on the
/// heap state of the process; creation-order IDs make the same DOT give the same bytes.
/// Returns NULL on a syntax error (see aglasterr).
Agraph_t *trustmap_read_dot(const char *text, size_t length);

#endif
