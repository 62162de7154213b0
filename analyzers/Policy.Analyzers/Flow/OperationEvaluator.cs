// The transfer function of the flow pass: evaluates one operation of a control-flow graph block,
// updating the state (assignments, collection adds, review gates) and returning the value's fact.
// When a hit list is given (final pass), sink calls are recorded with what reaches them.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Policy.Analyzers.Health;
using Policy.Analyzers.Sinks;

namespace Policy.Analyzers.Flow
{
    internal sealed class OperationEvaluator
    {
        private readonly FlowContext context;
        private readonly FlowState state;
        private readonly List<SinkHit>? hits;
        private readonly ISymbol owner;
        private readonly List<IFlowAnonymousFunctionOperation> lambdas;
        private readonly GraphMemory memory;

        /// <param name="memory">Per graph: capture aliases and writer links.</param>
        public OperationEvaluator(FlowContext context, FlowState state, List<SinkHit>? hits, ISymbol owner, List<IFlowAnonymousFunctionOperation> lambdas, GraphMemory memory)
        {
            this.memory = memory;
            this.context = context;
            this.state = state;
            this.hits = hits;
            this.owner = owner;
            this.lambdas = lambdas;
        }

        private HealthClassifier Classifier => context.Classifier;

        public Fact Evaluate(IOperation? operation)
        {
            switch (operation)
            {
                case null:
                    return Fact.Clean;
                case IExpressionStatementOperation statement:
                    return Evaluate(statement.Operation);
                case ILiteralOperation literal:
                    return literal.ConstantValue.HasValue && literal.ConstantValue.Value is string text && HostName.FromUrlPrefix(text, true) is { } host
                        ? Fact.ForHost(host)
                        : Fact.Clean;
                case IFlowCaptureOperation capture:
                    state.Set(capture.Id, Evaluate(capture.Value));
                    if (RootKey(capture.Value) is { } captured)
                    {
                        memory.Aliases[capture.Id] = captured;
                    }

                    return Fact.Clean;
                case IFlowCaptureReferenceOperation captureReference:
                    return state.Get(captureReference.Id);
                case ILocalReferenceOperation local:
                    return Read(local.Local);
                case IParameterReferenceOperation parameter:
                    return Read(parameter.Parameter);
                case IInstanceReferenceOperation instance:
                    return instance.ReferenceKind == InstanceReferenceKind.ContainingTypeInstance
                        ? FromClassification(Classifier.OfType(instance.Type), instance)
                        : Fact.Clean;
                case IMemberReferenceOperation member:
                    return EvaluateMember(member);
                case IArrayElementReferenceOperation element:
                    EvaluateAll(element.Indices);
                    return Evaluate(element.ArrayReference);
                case IInvocationOperation invocation:
                    return EvaluateInvocation(invocation);
                case IObjectCreationOperation creation:
                    return EvaluateCreation(creation);
                case ISimpleAssignmentOperation assignment:
                    var assigned = Assign(assignment.Target, Evaluate(assignment.Value), strong: true);
                    LinkWriter(assignment.Target, assignment.Value);
                    return assigned;
                case ICompoundAssignmentOperation compound:
                    return Assign(compound.Target, Evaluate(compound.Target).Union(Evaluate(compound.Value)), strong: true);
                case IConversionOperation conversion:
                    return Precise(conversion.Type, conversion.Operand.Type, Evaluate(conversion.Operand), conversion);
                case IAwaitOperation awaited:
                    return Evaluate(awaited.Operation);
                case IBinaryOperation binary:
                    return EvaluateBinary(binary);
                case IUnaryOperation unary:
                    var operand = Evaluate(unary.Operand);
                    return unary.OperatorKind == UnaryOperatorKind.Not ? Fact.Clean : operand;
                case IInterpolatedStringOperation interpolated:
                    return EvaluateInterpolation(interpolated);
                case IIsPatternOperation isPattern:
                    BindPattern(isPattern.Pattern, isPattern.Value.Type, Evaluate(isPattern.Value));
                    return Fact.Clean;
                case IIsTypeOperation or IIsNullOperation or ITypeOfOperation or ISizeOfOperation or INameOfOperation:
                    EvaluateAll(operation.ChildOperations);
                    return Fact.Clean;
                case IFlowAnonymousFunctionOperation lambda:
                    lambdas.Add(lambda);
                    return Fact.Clean;
                case IDelegateCreationOperation delegateCreation:
                    return Evaluate(delegateCreation.Target);
                default:
                    return EvaluateAll(operation.ChildOperations);
            }
        }

        /// <summary>A variable's value here, plus the health data the method parses it into (its address kept).</summary>
        private Fact Read(object key)
        {
            var value = state.Get(key);
            var parsed = memory.ParsedAs(key);
            return parsed.IsTainted ? value.Absorb(parsed) : value;
        }

        /// <summary>The block's branch value; returned from a [KernelFunction], it is sent to the model (an LLM sink).</summary>
        public void EvaluateBranch(BasicBlock block, bool kernelFunctionBody)
        {
            var fact = Evaluate(block.BranchValue);
            if (hits is not null && kernelFunctionBody && block.BranchValue is { } value
                && block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return)
            {
                var sink = new SinkCall(SinkFamily.Llm, "[KernelFunction] " + owner.Name + " result", false);
                hits.Add(new SinkHit(value, sink, fact, null, null, owner));
            }
        }

        private Fact EvaluateAll(IEnumerable<IOperation> operations)
        {
            var fact = Fact.Clean;
            foreach (var child in operations)
            {
                fact = fact.Union(Evaluate(child));
            }

            return fact;
        }

        private Fact FromClassification(HealthClassification classification, IOperation at) =>
            classification.IsHealth ? Fact.Health(classification.Categories, at.Syntax.GetLocation()) : Fact.Clean;

        /// <summary>
        /// The fact a value's type gives it. A FHIR data type (CodeableConcept, Dosage, HumanName) read from
        /// or computed out of a tainted or FHIR value only carries that value's categories, not health.record.
        /// </summary>
        private Fact TypeFact(ITypeSymbol? type, Fact from, IOperation at, bool fromFhirValue = false)
        {
            if ((from.IsTainted || fromFhirValue) && context.Traits.IsDataTypeOrCollection(type))
            {
                return Fact.Clean;
            }

            return FromClassification(Classifier.OfType(type), at);
        }

        /// <summary>
        /// A value of a resource type the table decides (Medication, Observation) carries that type's
        /// categories, however it was obtained: read from a search Bundle, cast, or parsed from a string.
        /// Model output stays model output.
        /// </summary>
        private Fact Precise(ITypeSymbol? type, ITypeSymbol? fromType, Fact from, IOperation at)
        {
            if (!context.Traits.IsDecidedResource(type) || context.Traits.IsDecidedResource(fromType))
            {
                return from;
            }

            return from.WithCategoriesOf(FromClassification(Classifier.OfType(type), at));
        }

        /// <summary><c>x is Patient p</c>, <c>case Observation o</c>: the declared variable holds the value, typed precisely.</summary>
        private void BindPattern(IPatternOperation pattern, ITypeSymbol? valueType, Fact value)
        {
            if (pattern is IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local } declaration)
            {
                state.Set(local, Precise(declaration.NarrowedType, valueType, value, pattern));
            }
            else if (pattern is IRecursivePatternOperation { DeclaredSymbol: ILocalSymbol recursiveLocal } recursive)
            {
                state.Set(recursiveLocal, Precise(recursive.NarrowedType, valueType, value, pattern));
            }
            else if (pattern is IBinaryPatternOperation binaryPattern)
            {
                BindPattern(binaryPattern.LeftPattern, valueType, value);
                BindPattern(binaryPattern.RightPattern, valueType, value);
            }
        }

        private Fact EvaluateMember(IMemberReferenceOperation reference)
        {
            var instance = reference.Instance;
            var instanceFact = Evaluate(instance);
            if (reference is IPropertyReferenceOperation property)
            {
                instanceFact = instanceFact.Union(EvaluateAll(property.Arguments));
            }

            var member = reference.Member;
            var declared = Classifier.OfMember(member);
            if (declared.IsExplicitlyClean || context.Traits.IsMetadata(member))
            {
                return Fact.Clean;
            }

            if (context.Traits.IsServerId(member))
            {
                // The server id names a record, not its content: a pseudonymous identifier of the patient, or nothing personal.
                return instanceFact.IsHealth || Classifier.OfType(instance?.Type).IsHealth
                    ? Fact.PersonalData(Kernel.Artefacts.DataCategories.Pseudonymous, reference.Syntax.GetLocation())
                    : Fact.Clean;
            }

            var memberType = (member as IPropertySymbol)?.Type ?? (member as IFieldSymbol)?.Type ?? (member as IEventSymbol)?.Type;
            if (context.Traits.IsDecidedResource(memberType))
            {
                return Precise(memberType, instance?.Type, instanceFact, reference).Union(FromClassification(declared, reference));
            }

            var fact = FromClassification(declared, reference).Union(TypeFact(memberType, instanceFact, reference, context.Traits.IsFhirModel(instance?.Type)));

            // Fields of this object (or static ones) also hold whatever the method stored in them.
            if (member is IFieldSymbol && (instance is null || instance is IInstanceReferenceOperation))
            {
                fact = fact.Union(state.Get(member));
            }

            // Field-insensitive: any member of a health object is health data, except a count or flag
            // read from a container that is not itself a health type (list.Count, text.Length).
            if (instanceFact.IsTainted && (!IsScalar(memberType) || Classifier.OfType(member.ContainingType.OriginalDefinition).IsHealth))
            {
                fact = fact.Union(instanceFact);
                if (instanceFact.ModelOutput)
                {
                    fact = fact.AsModelOutput(reference.Syntax.GetLocation());
                }
            }

            return fact;
        }

        private Fact EvaluateInvocation(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var instanceFact = Evaluate(invocation.Instance);
            var argumentFacts = invocation.Arguments.Select(a => Evaluate(a.Value)).ToList();
            var sink = hits is null ? null : SinkCatalog.Match(method);
            if (sink is not null)
            {
                hits!.Add(Hit(invocation, sink, argumentFacts));
            }
            else if (hits is not null)
            {
                AddWrapperHits(invocation, argumentFacts);
            }

            if (FlowRoles.IsSanitizer(method, context.Sanitizers))
            {
                return Fact.Clean;
            }

            var combined = argumentFacts.Aggregate(instanceFact, (acc, f) => acc.Union(f));
            if (FlowRoles.IsHumanReview(method))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (RootKey(argument.Value) is { } key)
                    {
                        state.Set(key, state.Get(key).WithoutModelOutput());
                    }
                }

                return combined.WithoutModelOutput().Union(FromClassification(Classifier.OfMemberOrType(method, method.ReturnType), invocation));
            }

            if (sink is null && SinkCatalog.Match(method) is null)
            {
                PropagateIntoReceiver(invocation, argumentFacts);
                PropagateIntoWriterArguments(invocation, instanceFact, argumentFacts);
            }

            var declared = Classifier.OfMember(method);
            if (declared.IsExplicitlyClean)
            {
                return Fact.Clean;
            }

            var result = declared.IsHealth ? FromClassification(declared, invocation) : TypeFact(method.ReturnType, combined, invocation);
            if (method.ReturnsVoid)
            {
                return Fact.Clean;
            }

            if (!declared.IsHealth && context.Traits.IsDecidedResource(method.ReturnType))
            {
                result = Precise(method.ReturnType, null, combined, invocation);
            }
            else if (!IsScalar(method.ReturnType))
            {
                result = result.Union(combined);
            }

            return FlowRoles.IsModelOutput(method) ? result.AsModelOutput(invocation.Syntax.GetLocation()) : result;
        }

        /// <summary>A call to the vendor's wrapper: each route whose parameter receives taint is a hit at this call.</summary>
        private void AddWrapperHits(IInvocationOperation invocation, List<Fact> argumentFacts)
        {
            // Summaries are computed only for calls that pass something tainted: most calls pass nothing.
            if (!argumentFacts.Any(f => f.IsTainted) || !context.Summaries.MayWrap(invocation.TargetMethod))
            {
                return;
            }

            foreach (var route in context.Summaries.For(invocation.TargetMethod, context))
            {
                var payload = Fact.Clean;
                for (var i = 0; i < invocation.Arguments.Length; i++)
                {
                    if (invocation.Arguments[i].Parameter?.Ordinal == route.Parameter)
                    {
                        payload = payload.Union(argumentFacts[i]);
                    }
                }

                if (payload.IsTainted)
                {
                    hits!.Add(new SinkHit(invocation, route.Sink, payload, route.Host, null, owner, route));
                }
            }
        }

        /// <summary>list.Add(x), builder.Append(x), dict[k] = x: the receiver now holds the argument's taint.</summary>
        private void PropagateIntoReceiver(IInvocationOperation invocation, List<Fact> argumentFacts)
        {
            var receiver = invocation.Instance;
            var first = 0;
            if (receiver is null && invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0)
            {
                receiver = invocation.Arguments[0].Value;
                first = 1;
            }

            if (receiver is null || RootKey(receiver) is not { } key)
            {
                return;
            }

            var added = Fact.Clean;
            for (var i = first; i < argumentFacts.Count; i++)
            {
                added = added.Union(argumentFacts[i]);
            }

            Write(key, added);
        }

        /// <summary>serializer.Serialize(resource, writer), JsonSerializer.Serialize(stream, value): the writer argument now holds the rest.</summary>
        private void PropagateIntoWriterArguments(IInvocationOperation invocation, Fact instanceFact, List<Fact> argumentFacts)
        {
            for (var i = 0; i < invocation.Arguments.Length; i++)
            {
                if (!context.Traits.IsWritable(invocation.Arguments[i].Parameter?.Type))
                {
                    continue;
                }

                var added = instanceFact;
                for (var j = 0; j < argumentFacts.Count; j++)
                {
                    if (j != i)
                    {
                        added = added.Union(argumentFacts[j]);
                    }
                }

                foreach (var key in WrittenKeys(invocation.Arguments[i].Value))
                {
                    Write(key, added);
                }
            }
        }

        /// <summary>Taint written into a variable reaches whatever it writes into (a writer over a StringBuilder).</summary>
        private void Write(object key, Fact added)
        {
            if (!added.IsTainted)
            {
                return;
            }

            foreach (var target in memory.WrittenThrough(key))
            {
                state.Add(target, added);
            }
        }

        /// <summary>The variables an argument writes into: itself, or what an inline writer wraps (XmlWriter.Create(sb)).</summary>
        private IEnumerable<object> WrittenKeys(IOperation operation)
        {
            operation = Unwrap(operation);
            if (RootKey(operation) is { } key)
            {
                return new[] { key };
            }

            return WrappedKeys(operation);
        }

        private IEnumerable<object> WrappedKeys(IOperation operation)
        {
            var arguments = operation is IObjectCreationOperation creation ? creation.Arguments
                : operation is IInvocationOperation call ? call.Arguments
                : ImmutableArray<IArgumentOperation>.Empty;
            var keys = new List<object>();
            if (!context.Traits.IsWritable(operation.Type))
            {
                return keys;
            }

            foreach (var argument in arguments)
            {
                if (context.Traits.IsWritable(argument.Parameter?.Type))
                {
                    keys.AddRange(WrittenKeys(argument.Value));
                }
            }

            return keys;
        }

        /// <summary><c>var writer = XmlWriter.Create(sb)</c>: what is written into writer also reaches sb.</summary>
        private void LinkWriter(IOperation target, IOperation value)
        {
            if (RootKey(target) is not { } writer)
            {
                return;
            }

            foreach (var wrapped in WrappedKeys(Unwrap(value)))
            {
                memory.Wrap(writer, wrapped);
            }
        }

        private SinkHit Hit(IInvocationOperation invocation, SinkCall sink, List<Fact> argumentFacts)
        {
            var payload = Fact.Clean;
            string? host = null;
            ITypeSymbol? resourceType = null;
            for (var i = 0; i < invocation.Arguments.Length; i++)
            {
                var argument = invocation.Arguments[i];
                var fact = argumentFacts[i];
                var parameterType = SymbolNames.FullName(argument.Parameter?.Type);
                if (host is null && (parameterType == "System.String" || parameterType == KnownNames.Uri || parameterType == KnownNames.HttpRequestMessage))
                {
                    host = fact.Host;
                }

                if (sink.IsFhirWrite && resourceType is null && Unwrap(argument.Value).Type is { } type && context.Traits.IsFhirModel(type))
                {
                    resourceType = type;
                }

                if (!SinkCall.CarriesData(argument) || (sink.Family == SinkFamily.Log && IsRedactedLogParameter(argument.Parameter)))
                {
                    continue;
                }

                payload = payload.Union(fact);
            }

            return new SinkHit(invocation, sink, payload, host, resourceType, owner);
        }

        /// <summary>A [LoggerMessage] parameter carrying a data classification is redacted by the logging generator.</summary>
        private static bool IsRedactedLogParameter(IParameterSymbol? parameter) =>
            parameter is not null
            && SymbolNames.HasAttribute(parameter.ContainingSymbol, KnownNames.LoggerMessageAttribute)
            && parameter.GetAttributes().Any(a => SymbolNames.DerivesFrom(a.AttributeClass, KnownNames.DataClassificationAttribute));

        private Fact EvaluateCreation(IObjectCreationOperation creation)
        {
            var argumentFacts = creation.Arguments.Select(a => Evaluate(a.Value)).ToList();
            var fact = argumentFacts.Aggregate(Evaluate(creation.Initializer), (acc, f) => acc.Union(f));
            fact = fact.Union(FromClassification(Classifier.OfType(creation.Type), creation));

            // new Uri("https://host/..."), new HttpRequestMessage(method, uri): the address travels with the value.
            var typeName = SymbolNames.FullName(creation.Type);
            if (typeName == KnownNames.Uri || typeName == KnownNames.HttpRequestMessage)
            {
                for (var i = 0; i < creation.Arguments.Length; i++)
                {
                    var parameterType = SymbolNames.FullName(creation.Arguments[i].Parameter?.Type);
                    if ((parameterType == "System.String" || parameterType == KnownNames.Uri) && argumentFacts[i].Host is { } host)
                    {
                        return fact.WithHost(host);
                    }
                }
            }

            return fact;
        }

        private Fact EvaluateBinary(IBinaryOperation binary)
        {
            var left = Evaluate(binary.LeftOperand);
            var right = Evaluate(binary.RightOperand);
            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.Equals:
                case BinaryOperatorKind.NotEquals:
                case BinaryOperatorKind.LessThan:
                case BinaryOperatorKind.LessThanOrEqual:
                case BinaryOperatorKind.GreaterThan:
                case BinaryOperatorKind.GreaterThanOrEqual:
                case BinaryOperatorKind.ConditionalAnd:
                case BinaryOperatorKind.ConditionalOr:
                case BinaryOperatorKind.ObjectValueEquals:
                case BinaryOperatorKind.ObjectValueNotEquals:
                    return Fact.Clean;
            }

            var result = left.Union(right);
            if (binary.OperatorKind == BinaryOperatorKind.Add && binary.LeftOperand.ConstantValue.HasValue
                && HostName.FromUrlPrefix(binary.LeftOperand.ConstantValue.Value as string, complete: false) is { } host)
            {
                result = result.WithHost(host);
            }

            return result;
        }

        private Fact EvaluateInterpolation(IInterpolatedStringOperation interpolated)
        {
            var fact = Fact.Clean;
            foreach (var part in interpolated.Parts)
            {
                fact = fact.Union(Evaluate(part));
            }

            if (interpolated.Parts.FirstOrDefault() is IInterpolatedStringTextOperation first
                && HostName.FromUrlPrefix(first.Text.ConstantValue.Value as string, complete: interpolated.Parts.Length == 1) is { } host)
            {
                fact = fact.WithHost(host);
            }

            return fact;
        }

        private Fact Assign(IOperation target, Fact value, bool strong)
        {
            switch (target)
            {
                case ILocalReferenceOperation local:
                    state.Set(local.Local, value);
                    break;
                case IParameterReferenceOperation parameter:
                    state.Set(parameter.Parameter, value);
                    break;
                case IFlowCaptureReferenceOperation capture:
                    state.Set(capture.Id, value);
                    break;
                case IFieldReferenceOperation field when field.Instance is null || field.Instance is IInstanceReferenceOperation:
                    if (strong)
                    {
                        state.Add(field.Field, value);
                    }

                    break;
                default:
                    // obj.Member = x, array[i] = x: the object now holds x (field-insensitive).
                    if (target is IMemberReferenceOperation member && member.Instance is not null)
                    {
                        Evaluate(member.Instance);
                    }

                    if (RootKey(target) is { } key)
                    {
                        state.Add(key, value);
                    }

                    break;
            }

            return value;
        }

        /// <summary>The local, parameter, capture or own field that a reference chain (a.b[c].d) starts from.</summary>
        private object? RootKey(IOperation operation) => ReferenceRoot.Of(
            operation,
            capture => memory.Aliases.TryGetValue(capture.Id, out var alias) ? alias : capture.Id,
            // builder.Append(a).Append(b): each call returns the builder it was called on.
            fluent => SymbolEqualityComparer.Default.Equals(fluent.Type, fluent.Instance!.Type) && context.Traits.IsWritable(fluent.Type));

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>Numbers, flags and enums: a count or comparison computed from health data is not that data.</summary>
        private static bool IsScalar(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (type is null)
            {
                return false;
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return true;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean:
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                    return true;
                default:
                    return false;
            }
        }
    }
}
