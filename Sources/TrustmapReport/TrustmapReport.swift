// Report writers (HTML, JSON, SARIF, Markdown, CSV) are built in the report issue.
import TrustmapAnalysis
