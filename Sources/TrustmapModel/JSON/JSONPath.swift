/// A location inside a JSON document, printed as `$.RoleDetailList[3].RoleName`.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible, Comparable {
  /// One step: an object key or an array index.
  public enum Component: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  /// The steps from the document root.
  public private(set) var components: [Component]

  /// The document root, `$`.
  public static let root = JSONPath(components: [])

  /// Creates a path from its steps.
  public init(components: [Component]) {
    self.components = components
  }

  /// This path extended by an object key.
  public func appending(_ key: String) -> JSONPath { appending(step: .key(key)) }

  /// This path extended by an array index.
  public func appending(_ index: Int) -> JSONPath { appending(step: .index(index)) }

  /// One exact-size allocation per path: `components + [step]` built a one-element array
  /// first, for every node the importer visits.
  private func appending(step: Component) -> JSONPath {
    var steps: [Component] = []
    steps.reserveCapacity(components.count + 1)
    steps.append(contentsOf: components)
    steps.append(step)
    return JSONPath(components: steps)
  }

  public var description: String {
    var text = "$"
    for component in components {
      switch component {
      case .index(let index): text += "[\(index)]"
      case .key(let key):
        if key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) && !key.isEmpty {
          text += ".\(key)"
        } else {
          text += "[\(JSONValue.quoted(key))]"
        }
      }
    }
    return text
  }

  public static func < (lhs: JSONPath, rhs: JSONPath) -> Bool {
    lhs.description < rhs.description
  }
}
