namespace Policy.Analyzers.Tests.Infrastructure;

internal static class TestSources
{
    /// <summary>The namespaces a vendor file typically opens (FHIR, HTTP, Microsoft.Extensions.AI, logging, annotations).</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Hl7.Fhir.Model;
        using Hl7.Fhir.Rest;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.Logging;
        using Policy.Annotations;
        using Task = System.Threading.Tasks.Task;

        """;
}
