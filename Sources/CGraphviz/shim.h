#ifndef TRUSTMAP_CGRAPHVIZ_SHIM_H
#define TRUSTMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
