using Dalad.Search;

namespace Dalad.Cases;

public sealed record PagedResult<T>(long TotalCount, IReadOnlyList<T> Items);

/// <summary>A page of the case inbox.</summary>
/// <param name="TotalCount">How many cases match, counted up to 1000 (see <paramref name="TotalCountIsLowerBound"/>).</param>
/// <param name="TotalCountIsLowerBound">More match than <paramref name="TotalCount"/>: show it as "1000+".</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the page after this one (null when this page is the last).</param>
public sealed record CasePage(long TotalCount, IReadOnlyList<CaseDto> Items, bool TotalCountIsLowerBound = false, string? NextCursor = null);

/// <param name="Channel">One of <see cref="LeadChannels"/>.</param>
/// <param name="TicketNumber">The channel's own number for the complaint (a 12345 work order number…): registering it twice returns the first.</param>
/// <param name="Phone">A mainland mobile (13812345678) or landline (0477-5123456) number.</param>
/// <param name="IdCardNumber">Optional 18-character resident ID number (GB 11643: birth date and check character are verified).</param>
/// <param name="AmountOwed">Yuan, two decimals at most.</param>
/// <param name="ReceivedAt">When the channel received it (a 12345 call's time); now when not given.</param>
public sealed record CreateLeadRequest(
    string? Channel,
    string? TicketNumber,
    string? Text,
    string? Address,
    string? ComplainantName,
    string? Phone,
    string? IdCardNumber,
    string? Employer,
    string? Project,
    int? WorkerCount,
    decimal? AmountOwed,
    DateTimeOffset? ReceivedAt = null);

/// <summary>One lead's full numbers, shown on an explicit, audited request with a reason.</summary>
public sealed record LeadPersonalDataDto(Guid Id, string Phone, string? IdCardNumber);

/// <summary>The full numbers of one case's complainants (its leads, first received first), shown on an explicit, audited request with a reason.</summary>
public sealed record CasePersonalDataDto(Guid CaseId, string CaseNumber, IReadOnlyList<LeadPersonalDataDto> Leads);

/// <summary>A lead as the API shows it. Phone and ID card numbers are masked unless the caller holds Dalad.PersonalData.</summary>
public sealed record LeadDto(
    Guid Id,
    string Channel,
    string TicketNumber,
    string IntakeBodyCode,
    string Status,
    DateTime ReceivedAt,
    string Text,
    string? Address,
    string? ComplainantName,
    string Phone,
    string? IdCardNumber,
    string? Employer,
    string? Project,
    int? WorkerCount,
    decimal? AmountOwed,
    RoutingProposal? Routing,
    bool NeedsDispatcher,
    Guid? RepeatOfLeadId,
    Guid? CaseId,
    string? CaseNumber,
    DateTime CreatedAt,
    string? CreatedBy,
    DateTimeOffset? DispatchDueAt = null,
    bool DispatchOverdue = false);

/// <summary>
/// Confirms a lead's routing proposal, or corrects it: a territory code (9 digits) and/or an industry body code that
/// differ from the proposal are corrections and need a reason. Empty fields keep the proposal.
/// </summary>
public sealed record ConfirmLeadRequest(string? TerritoryCode, string? IndustryBodyCode, string? Reason);

/// <param name="Role">territorial or industry (<see cref="CaseRoles"/>).</param>
public sealed record TransferCaseRequest(string? Role, string? BodyCode, string? Reason);

public sealed record CaseAssignmentDto(string Role, string BodyCode, DateTime AssignedAt);

public sealed record CaseTransferDto(Guid Id, string Role, string FromBodyCode, string ToBodyCode, string Reason, DateTime TransferredAt, string? TransferredBy);

/// <param name="Description">The entry in the caller's language.</param>
/// <param name="ActorName">The person who acted (their name, else their login name); null for the system.</param>
/// <param name="ActorBodyCode">The body they acted for: their body among the case's owners, else their first body.</param>
public sealed record CaseEventDto(DateTime Time, string Type, string? UserName, string Description, string? ActorName = null, string? ActorBodyCode = null);

/// <summary>A case in an inbox.</summary>
public sealed record CaseDto(
    Guid Id,
    string Number,
    string Status,
    DateTime OpenedAt,
    string Text,
    string? Address,
    string? Employer,
    string? Project,
    int? WorkerCount,
    decimal? AmountOwed,
    string? TerritoryCode,
    IReadOnlyList<CaseAssignmentDto> Assignments,
    int TransferCount,
    int LeadCount,
    CaseClockDto? Clock = null);

/// <summary>
/// The current step's deadline as an inbox shows it. <paramref name="WorkingDaysLeft"/>: working days from today to the
/// due day (0 on the due day, negative when overdue). Times are Beijing time (+08:00).
/// </summary>
public sealed record CaseClockDto(string? Step, DateTimeOffset? DueAt, int? WorkingDaysLeft, string DeadlineState, string LeadRole);

/// <summary>A case with its leads (the first and every repeat), transfers, routing corrections and timeline.</summary>
public sealed record CaseDetailDto(
    CaseDto Case,
    IReadOnlyList<LeadDto> Leads,
    IReadOnlyList<CaseTransferDto> Transfers,
    IReadOnlyList<RoutingCorrectionDto> Corrections,
    IReadOnlyList<CaseEventDto> Timeline,
    CaseWorkflowDto? Workflow = null);

/// <summary>A case transferred at least the asked number of times, with its transfers.</summary>
public sealed record RepeatedTransferDto(CaseDto Case, IReadOnlyList<CaseTransferDto> Transfers);

/// <summary>
/// A dispatcher chose another owner than routing proposed: the data that improves the keywords.
/// For the territorial role the codes are territory codes and the body codes their owners; for the industry role both are body codes.
/// </summary>
public sealed record RoutingCorrectionDto(
    Guid Id,
    Guid LeadId,
    Guid CaseId,
    string? CaseNumber,
    string Role,
    string? ProposedCode,
    string? ProposedBodyCode,
    string ChosenCode,
    string ChosenBodyCode,
    string Reason,
    string? CorrectedBy,
    DateTime CorrectedAt,
    long MatrixVersion,
    string? LeadText);

public sealed record ImportStartedDto(Guid Id);

public sealed record ImportRowDto(int RowNumber, string? TicketNumber, string Outcome, string? Reason, Guid? LeadId);

/// <summary>Progress and row-by-row report of a batch import.</summary>
public sealed record ImportDto(
    Guid Id,
    string FileName,
    string Status,
    int Total,
    int Processed,
    int Imported,
    int Linked,
    int Duplicates,
    int Rejected,
    DateTime CreatedAt,
    DateTime? FinishedAt,
    string? Error,
    IReadOnlyList<ImportRowDto> Rows);

/// <param name="Id">The lead's or case's id.</param>
/// <param name="Number">The case number, or the lead's ticket number.</param>
/// <param name="TitleParts">The title (masked) cut where the query matched: plain text pieces, the matched ones marked.</param>
/// <param name="SnippetParts">The snippet (masked) likewise; never markup, so the page binds them as text.</param>
/// <summary>A search hit; <c>CaseId</c> is the case itself or the lead's case (null while pending), <c>At</c> when it was opened or received (Beijing time).</summary>
public sealed record SearchHitDto(Guid Id, string Number, string Title, string Snippet, string Status, float Score, Guid? CaseId = null, DateTimeOffset? At = null,
    IReadOnlyList<HighlightPart>? TitleParts = null, IReadOnlyList<HighlightPart>? SnippetParts = null);

/// <summary>One value of a facet (a status, a body's code, a channel, a month yyyy-MM) and how many hits have it.</summary>
public sealed record SearchFacetValueDto(string Value, int Count, string? Name = null);

/// <summary>The hits counted by status, by any owning body, by territorial and industry owner, by channel and by month.</summary>
public sealed record SearchFacetsDto(
    IReadOnlyList<SearchFacetValueDto> Status,
    IReadOnlyList<SearchFacetValueDto> Body,
    IReadOnlyList<SearchFacetValueDto> Territory,
    IReadOnlyList<SearchFacetValueDto> Sector,
    IReadOnlyList<SearchFacetValueDto> Channel,
    IReadOnlyList<SearchFacetValueDto> Month);

/// <summary>
/// A search's page with its facets. The facets and <c>TotalCount</c> count the best <c>Considered</c> matches of the
/// index (at most 1,000); <c>More</c> says the index had further matches beyond them. <c>BoundedTo</c>, when set, says
/// the query matched more records than one search ranks (words found in a large part of the index), so the best were
/// chosen among that many of the most recently indexed matches only: the page must say so.
/// </summary>
public sealed record SearchResultDto(long TotalCount, IReadOnlyList<SearchHitDto> Items, SearchFacetsDto Facets, int Considered, bool More, int? BoundedTo = null);

/// <summary>The search's filters and order: each facet's chosen value narrows the hits; sort is relevance (default) or newest.</summary>
public sealed record SearchQuery(string? Q, string? In, int? Max, string? Status, string? BodyCode, DateOnly? From, DateOnly? To,
    string? Territory = null, string? Sector = null, string? Channel = null, string? Month = null, string? Sort = null);
