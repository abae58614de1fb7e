namespace Dalad.Routing;

/// <param name="Text">The complaint as the worker told it.</param>
/// <param name="Address">Where it happened, if the channel gave one (often the complainant's own address).</param>
public sealed record RoutingRequest(string? Text, string? Address);

/// <summary>One piece of evidence for a proposed owner: which words of the complaint matched what.</summary>
/// <param name="Kind">territory-name, territory-alias, territory-tolerant (a misspelt name: Matched ≈ Source), village, register, keyword,
/// industry-class (a GB/T 4754 class), trade (a construction trade or work), project-type, site (the place of the work),
/// office (an office, registration or home place set aside), residence, zone, learned (the classifier trained on dispatchers' decisions), fallback.</param>
/// <param name="Matched">The words of the complaint that matched.</param>
/// <param name="Source">What they matched: a territory's name, a scope item's sector, a register entry.</param>
public sealed record RoutingEvidence(string Kind, string Matched, string? Source);

/// <summary>A proposed owner. For a territory, <see cref="Code"/> is the 9-digit statistical code and <see cref="BodyCode"/> its owning body.</summary>
public sealed record RoutingOwner(string? Code, string? Name, string? BodyCode, double Confidence, IReadOnlyList<RoutingEvidence> Evidence)
{
    /// <summary>The owning body's name (for a territory, the town's or street's government).</summary>
    public string? BodyName { get; init; }
}

/// <param name="Role">territory or industry.</param>
public sealed record RoutingAlternative(string Role, string Code, string Name, double Confidence, IReadOnlyList<RoutingEvidence> Evidence);

/// <summary>
/// Both owners of a complaint under 双交办 — the territorial owner (where the work was done) and the industry owner —
/// with the evidence, the runners-up, and whether a dispatcher must decide because the evidence is weak.
/// </summary>
public sealed record RoutingProposal(RoutingOwner Territory, RoutingOwner Industry, IReadOnlyList<RoutingAlternative> Alternatives, bool NeedsDispatcher, long MatrixVersion);

/// <summary>Proposes the owners of a complaint by searching the responsibility matrix, the gazetteer and the registers.</summary>
public interface IRoutingService
{
    Task<RoutingProposal> ProposeAsync(RoutingRequest request, CancellationToken cancellationToken = default);
}

/// <summary>
/// A dispatcher's decision on a routed complaint: the owners confirmed as proposed, or corrected. Published by the
/// module that keeps the leads (cases) when a lead is dispatched; routing learns from it.
/// </summary>
/// <param name="Corrected">True when the dispatcher chose another owner than the proposal's.</param>
public sealed record RoutingDecisionRecorded(string Text, string? Address, string? TerritoryCode, string IndustryBodyCode, bool Corrected);

/// <summary>A decided dispatch: the complaint and the industry owner the desk chose (confirmed or corrected).</summary>
public sealed record RoutingDecision(string Text, string IndustryBodyCode);

/// <summary>
/// The dispatches decided so far, kept by the module that keeps the leads (cases). Routing's learned layer reads them
/// at start, so what the desks taught it survives a restart.
/// </summary>
public interface IRoutingDecisionHistory
{
    /// <summary>The newest <paramref name="max"/> decisions, oldest first.</summary>
    Task<IReadOnlyList<RoutingDecision>> GetRecentAsync(int max, CancellationToken cancellationToken = default);
}
