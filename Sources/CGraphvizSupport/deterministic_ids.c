// A creation-order ID discipline for libcgraph (see trustmap_graphviz.h for why).
#define _GNU_SOURCE
#include "trustmap_graphviz.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Even IDs are named objects (2 * index into `names`); odd IDs are anonymous, as in the
// default discipline, so callers that test `id % 2` keep working.
typedef struct {
  Agraph_t *graph;
  char **names;       // index -> pooled name (agstrdup), NULL once freed
  size_t count, capacity;
  uintptr_t *slots;   // open addressing: pooled name pointer -> index + 1 (0 = empty)
  size_t slot_count;
  IDTYPE next_anonymous;
} id_state;

static size_t slot_of(const id_state *s, const char *name) {
  uintptr_t key = (uintptr_t)name;
  return (size_t)((key >> 4) * 0x9E3779B97F4A7C15ULL) & (s->slot_count - 1);
}

static int grow(id_state *s) {
  size_t capacity = s->capacity ? s->capacity * 2 : 256;
  char **names = realloc(s->names, capacity * sizeof(char *));
  if (!names) return 0;
  s->names = names;
  s->capacity = capacity;
  size_t slot_count = capacity * 2;
  uintptr_t *slots = calloc(slot_count, sizeof(uintptr_t));
  if (!slots) return 0;
  free(s->slots);
  s->slots = slots;
  s->slot_count = slot_count;
  for (size_t i = 0; i < s->count; i++) {
    if (!s->names[i]) continue;
    size_t slot = slot_of(s, s->names[i]);
    while (s->slots[slot]) slot = (slot + 1) & (slot_count - 1);
    s->slots[slot] = i + 1;
  }
  return 1;
}

static long find(id_state *s, const char *pooled) {
  if (!s->slot_count) return -1;
  size_t slot = slot_of(s, pooled);
  while (s->slots[slot]) {
    size_t index = s->slots[slot] - 1;
    if (s->names[index] == pooled) return (long)index;
    slot = (slot + 1) & (s->slot_count - 1);
  }
  return -1;
}

static void *id_open(Agraph_t *g, Agdisc_t *disc) {
  (void)disc;
  id_state *s = calloc(1, sizeof(id_state));
  if (s) s->graph = g;
  return s;
}

static long id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
  (void)objtype;
  id_state *s = state;
  if (!str) {
    *id = 2 * (s->next_anonymous++) + 1;
    return 1;
  }
  char *pooled = createflag ? agstrdup(s->graph, str) : agstrbind(s->graph, str);
  if (!pooled) return 0;
  long index = find(s, pooled);
  if (index < 0) {
    if (!createflag) return 0;
    if (s->count == s->capacity && !grow(s)) return 0;
    index = (long)s->count++;
    s->names[index] = pooled;
    size_t slot = slot_of(s, pooled);
    while (s->slots[slot]) slot = (slot + 1) & (s->slot_count - 1);
    s->slots[slot] = (uintptr_t)index + 1;
  } else if (createflag) {
    agstrfree(s->graph, pooled);  // agstrdup took one more reference than we keep
  }
  *id = 2 * (IDTYPE)index + 2;
  return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE request) {
  (void)state; (void)objtype; (void)request;
  return 0;  // like the default discipline: no caller-chosen IDs
}

static void id_free(void *state, int objtype, IDTYPE id) {
  (void)objtype;
  id_state *s = state;
  if (id % 2 != 0) return;
  size_t index = (size_t)(id / 2 - 1);
  if (index < s->count && s->names[index]) {
    agstrfree(s->graph, s->names[index]);
    s->names[index] = NULL;  // the slot stays, pointing at a NULL name; IDs are never reused
  }
}

static char *id_print(void *state, int objtype, IDTYPE id) {
  (void)objtype;
  id_state *s = state;
  if (id % 2 != 0) return NULL;
  size_t index = (size_t)(id / 2 - 1);
  return index < s->count ? s->names[index] : NULL;
}

static void id_close(void *state) {
  id_state *s = state;
  if (!s) return;
  free(s->names);
  free(s->slots);
  free(s);
}

static void id_register(void *state, int objtype, void *obj) {
  (void)state; (void)objtype; (void)obj;
}

static Agiddisc_t creation_order_ids = {
  id_open, id_map, id_alloc, id_free, id_print, id_close, id_register,
};

Agraph_t *trustmap_read_dot(const char *text, size_t length) {
  FILE *stream = fmemopen((void *)text, length, "r");
  if (!stream) return NULL;
  Agdisc_t disc = {&AgMemDisc, &creation_order_ids, &AgIoDisc};
  Agraph_t *graph = agread(stream, &disc);
  fclose(stream);
  return graph;
}
