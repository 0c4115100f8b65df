// The trust graph is built in the trust-graph issue; this file keeps the layer in place.
import TrustmapModel
