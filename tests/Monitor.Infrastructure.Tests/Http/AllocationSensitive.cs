namespace Monitor.Infrastructure.Tests.Http;

/// <summary>Tests that measure process-wide allocations run alone, so other test classes running in parallel cannot inflate the numbers.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationSensitive
{
    public const string Name = "allocation-sensitive";
}
