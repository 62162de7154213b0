namespace Policy.Kernel.Artefacts
{
    /// <summary>The artefact kinds the kernel's decisions name.</summary>
    public static class ArtefactKind
    {
        public const string SystemCard = "SystemCard";
        public const string Dpia = "Dpia";
        public const string HumanOversight = "HumanOversight";
        public const string DataFlow = "DataFlow";
        public const string PatientNotice = "PatientNotice";
        public const string Incident = "Incident";
        public const string EthicsAssessment = "EthicsAssessment";
        public const string Approval = "Approval";
        public const string Governance = "Governance";
    }
}
