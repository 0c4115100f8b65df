// The importer is built in the foundation issue.
import TrustmapModel
