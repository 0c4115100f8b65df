// Reachability, paths and findings are built in the trust-graph issue.
import TrustmapGraph
