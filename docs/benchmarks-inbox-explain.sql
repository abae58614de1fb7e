\echo '### OLD: count(*) with $1 OR EXISTS (housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM cases."Cases" c WHERE (false OR EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY('{housing}')));
\echo '### OLD: first page, OFFSET paging, $1 OR EXISTS (housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c."Id", c."Number" FROM cases."Cases" c WHERE (false OR EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY('{housing}'))) ORDER BY c."StepDueAt" IS NULL, c."StepDueAt", c."OpenedAt" DESC, c."Sequence" DESC LIMIT 20 OFFSET 0;
\echo '### NEW: capped count (housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM (SELECT c."Id" FROM cases."Cases" c WHERE EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY('{housing}')) LIMIT 1001) t;
\echo '### NEW: first page, dated part with assignments in one query (housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c0."Id", c0."Number", a0."BodyCode" FROM (SELECT c."Id", c."Number", c."StepDueAt", c."OpenedAt", c."Sequence" FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY('{housing}')) ORDER BY c."StepDueAt", c."OpenedAt" DESC, c."Sequence" DESC LIMIT 20) c0 LEFT JOIN cases."CaseAssignments" a0 ON c0."Id" = a0."CaseId" ORDER BY c0."StepDueAt", c0."OpenedAt" DESC, c0."Sequence" DESC, c0."Id";
\echo '### NEW: first page, undated part (closed cases, newest first), housing clerk'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c."Id", c."Number" FROM cases."Cases" c WHERE c."StepDueAt" IS NULL AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY('{housing}')) ORDER BY c."OpenedAt" DESC, c."Sequence" DESC LIMIT 20;
\echo '### NEW: a deep page by cursor (undated part, ~page 500 = 10,000 rows in), housing clerk'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c."Id", c."Number" FROM cases."Cases" c WHERE c."StepDueAt" IS NULL AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY('{housing}')) AND c."OpenedAt" <= now() - interval '40 days' AND (c."OpenedAt" < now() - interval '40 days' OR c."Sequence" < 0) ORDER BY c."OpenedAt" DESC, c."Sequence" DESC LIMIT 20;
\echo '### NEW: status filter (handling), housing + engebei-town clerk (two bodies)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c."Id", c."Number" FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL AND c."Status" = 'handling' AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY('{housing,engebei-town}')) ORDER BY c."StepDueAt", c."OpenedAt" DESC, c."Sequence" DESC LIMIT 20;
\echo '### NEW: joint office (sees all: no scope predicate), first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c."Id", c."Number" FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL ORDER BY c."StepDueAt", c."OpenedAt" DESC, c."Sequence" DESC LIMIT 20;
\echo '### NEW: a small body (a township) first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c."Id", c."Number" FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY('{engebei-town}')) ORDER BY c."StepDueAt", c."OpenedAt" DESC, c."Sequence" DESC LIMIT 20;
\echo '### NEW: oversight period on OpenedAt (one month)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM cases."Cases" c WHERE c."OpenedAt" >= now() - interval '30 days';
