// The policy engine (compiled policies, matching, three-valued evaluation) is built in the
// policy-engine issue; this file keeps the target in the layer graph until then.
import TrustmapModel
