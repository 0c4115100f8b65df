import TrustmapModel
import TrustmapPolicy

/// Compares `assumeRoleVerdict` with `decideAssumeRole` over every caller × role pair of an
/// engine (EVL-7): IAM principals plus the service, federated, placeholder and root callers the
/// trust policies name.
struct Differential {
  let engine: PolicyEngine
  /// Pairs (and actions) compared.
  private(set) var compared = 0
  /// Descriptions of the first disagreements.
  private(set) var mismatches: [String] = []
  /// How many decisions were allowed, conditional, denied.
  private(set) var tally = [0, 0, 0]

  init(engine: PolicyEngine) { self.engine = engine }

  /// Every caller the engine can be asked about.
  var callers: [Caller] {
    var callers = engine.sortedIdentities.map { Caller.principal($0) }
    var extra: Set<Caller> = [.externalAny]
    for trust in engine.sortedTrusts {
      for principal in trust.namedPrincipals {
        switch principal {
        case .service(let name): extra.insert(.service(name))
        case .samlProvider(let arn): extra.insert(.samlProvider(arn))
        case .oidcProvider(let arn): extra.insert(.oidcProvider(arn.rawValue))
        case .webIdentityProvider(let name): extra.insert(.oidcProvider(name))
        case .account(let id, _): extra.insert(engine.caller(for: rootARN(id)))
        case .user(let arn), .role(let arn): extra.insert(engine.caller(for: arn))
        default: break
        }
      }
    }
    extra.insert(.service("ec2.amazonaws.com"))
    callers += extra.sorted { Self.label($0) < Self.label($1) }
    return callers
  }

  /// A stable sort key (deterministic random requests).
  static func label(_ caller: Caller) -> String {
    switch caller {
    case .principal(let side): return "principal " + side.arn.rawValue
    case .samlProvider(let arn): return "saml " + arn.rawValue
    case .oidcProvider(let name): return "oidc " + name
    case .service(let name): return "service " + name
    case .externalAccount(let id): return "account " + id.rawValue
    case .externalPrincipal(let arn): return "external " + arn.rawValue
    case .externalAny: return "any"
    case .accountRoot(let id): return "root " + id.rawValue
    }
  }

  func rootARN(_ id: AccountID) -> ARN {
    ARN("arn:aws:iam::\(id.rawValue):root") ?? ARN("arn:aws:iam::111111111111:root")!
  }

  /// Compares one request.
  mutating func compare(_ caller: Caller, _ role: TrustSide, action: String? = nil) {
    let decision = engine.decideAssumeRole(caller: caller, role: role, action: action)
    let quick = engine.assumeRoleVerdict(caller: caller, role: role, action: action)
    compared += 1
    tally[Int(decision.truth.rawValue)] += 1
    if quick != QuickVerdict(decision.verdict), mismatches.count < 10 {
      mismatches.append(
        "\(caller) → \(role.roleARN) [\(action ?? "default")]: fast \(quick), detailed \(decision.verdict)"
      )
    }
  }

  /// Every caller × every role with the caller's default action.
  mutating func compareAllPairs() {
    let roles = engine.sortedTrusts
    for caller in callers {
      for role in roles { compare(caller, role) }
    }
  }

  /// Seeded random requests, other actions included (TRU-17 `sts:TagSession`, non-STS actions).
  mutating func compareRandom(count: Int, seed: UInt64) {
    let callers = callers
    let roles = engine.sortedTrusts
    guard !callers.isEmpty, !roles.isEmpty else { return }
    let actions: [String?] = [
      nil, "sts:AssumeRole", "sts:TagSession", "STS:ASSUMEROLE", "sts:AssumeRoleWithSAML",
      "sts:AssumeRoleWithWebIdentity", "iam:PassRole", "s3:GetObject", "sts:SetSourceIdentity",
    ]
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<count {
      compare(
        callers[next(callers.count)], roles[next(roles.count)],
        action: actions[next(actions.count)])
    }
  }
}
