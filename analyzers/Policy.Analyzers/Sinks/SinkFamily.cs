namespace Policy.Analyzers.Sinks
{
    /// <summary>Where a sink sends data. The lower-case name is the <c>sinkFamily</c> diagnostic property.</summary>
    internal enum SinkFamily
    {
        Http,
        Fhir,
        Llm,
        Grpc,
        Queue,
        Log,
    }
}
