package org.precis.clinical.npi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.precis.clinical.ImplausibleValueException;
import org.precis.clinical.grade.NottinghamGrade;

class NottinghamPrognosticIndexTest {
    @Test
    void indexIsFifthOfSizePlusNodeStagePlusGrade() {
        // 2.2 cm, 2 nodes, grade 2: 0.44 + 2 + 2
        NottinghamPrognosticIndex npi =
                new NottinghamPrognosticIndex(2.2, NodeStage.ofPositiveNodes(2), NottinghamGrade.GRADE_2);
        assertThat(npi.value()).isCloseTo(4.44, within(1e-12));
        assertThat(NottinghamPrognosticIndex.ofMillimetres(22, NodeStage.ONE_TO_THREE_NODES, NottinghamGrade.GRADE_2)
                        .value())
                .isCloseTo(4.44, within(1e-12));
    }

    @Test
    void nodeStageFollowsTheNodeCount() {
        assertThat(NodeStage.ofPositiveNodes(0)).isEqualTo(NodeStage.NODE_NEGATIVE);
        assertThat(NodeStage.ofPositiveNodes(1)).isEqualTo(NodeStage.ONE_TO_THREE_NODES);
        assertThat(NodeStage.ofPositiveNodes(3)).isEqualTo(NodeStage.ONE_TO_THREE_NODES);
        assertThat(NodeStage.ofPositiveNodes(4)).isEqualTo(NodeStage.FOUR_OR_MORE_NODES);
        assertThat(NodeStage.ofPositiveNodes(40)).isEqualTo(NodeStage.FOUR_OR_MORE_NODES);
    }

    @Test
    void groupLimitsBelongToTheLowerGroup() {
        GroupingScheme four = GroupingScheme.FOUR_GROUPS;
        assertThat(four.classify(2.4)).isEqualTo(PrognosticGroup.EXCELLENT);
        assertThat(four.classify(2.41)).isEqualTo(PrognosticGroup.GOOD);
        assertThat(four.classify(3.4)).isEqualTo(PrognosticGroup.GOOD);
        assertThat(four.classify(3.41)).isEqualTo(PrognosticGroup.MODERATE);
        assertThat(four.classify(5.4)).isEqualTo(PrognosticGroup.MODERATE);
        assertThat(four.classify(5.41)).isEqualTo(PrognosticGroup.POOR);
        assertThat(four.classify(7.0)).isEqualTo(PrognosticGroup.POOR);

        GroupingScheme six = GroupingScheme.BLAMEY_2007_SIX_GROUPS;
        assertThat(six.classify(2.4)).isEqualTo(PrognosticGroup.EXCELLENT);
        assertThat(six.classify(3.4)).isEqualTo(PrognosticGroup.GOOD);
        assertThat(six.classify(3.41)).isEqualTo(PrognosticGroup.MODERATE_I);
        assertThat(six.classify(4.4)).isEqualTo(PrognosticGroup.MODERATE_I);
        assertThat(six.classify(4.41)).isEqualTo(PrognosticGroup.MODERATE_II);
        assertThat(six.classify(5.4)).isEqualTo(PrognosticGroup.MODERATE_II);
        assertThat(six.classify(5.41)).isEqualTo(PrognosticGroup.POOR);
        assertThat(six.classify(6.4)).isEqualTo(PrognosticGroup.POOR);
        assertThat(six.classify(6.41)).isEqualTo(PrognosticGroup.VERY_POOR);
    }

    @Test
    void floatingPointNoiseDoesNotMoveAPatientAcrossALimit() {
        // 0.2 * 7 = 1.4000000000000001 in binary; 1.4 + 1 + 1 is exactly on the good/moderate line
        NottinghamPrognosticIndex npi =
                new NottinghamPrognosticIndex(7, NodeStage.NODE_NEGATIVE, NottinghamGrade.GRADE_1);
        assertThat(npi.value()).isGreaterThan(3.4);
        assertThat(npi.group(GroupingScheme.FOUR_GROUPS)).isEqualTo(PrognosticGroup.GOOD);
        // 2 cm, node negative, grade 1 = 2.4: excellent
        assertThat(new NottinghamPrognosticIndex(2, NodeStage.NODE_NEGATIVE, NottinghamGrade.GRADE_1)
                        .group(GroupingScheme.BLAMEY_2007_SIX_GROUPS))
                .isEqualTo(PrognosticGroup.EXCELLENT);
    }

    @Property
    void sixGroupsRefineFourGroups(
            @ForAll @DoubleRange(min = 0.1, max = 15) double sizeCm,
            @ForAll @IntRange(min = 0, max = 30) int nodes,
            @ForAll @IntRange(min = 1, max = 3) int grade) {
        NottinghamPrognosticIndex npi =
                new NottinghamPrognosticIndex(sizeCm, NodeStage.ofPositiveNodes(nodes), NottinghamGrade.of(grade));
        PrognosticGroup coarse = npi.group(GroupingScheme.FOUR_GROUPS);
        PrognosticGroup fine = npi.group(GroupingScheme.BLAMEY_2007_SIX_GROUPS);
        switch (fine) {
            case MODERATE_I, MODERATE_II -> assertThat(coarse).isEqualTo(PrognosticGroup.MODERATE);
            case POOR, VERY_POOR -> assertThat(coarse).isEqualTo(PrognosticGroup.POOR);
            default -> assertThat(coarse).isEqualTo(fine);
        }
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> new NottinghamPrognosticIndex(0, NodeStage.NODE_NEGATIVE, NottinghamGrade.GRADE_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tumour size");
        assertThatThrownBy(() ->
                        new NottinghamPrognosticIndex(Double.NaN, NodeStage.NODE_NEGATIVE, NottinghamGrade.GRADE_1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NottinghamPrognosticIndex(-2, NodeStage.NODE_NEGATIVE, NottinghamGrade.GRADE_1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NottinghamPrognosticIndex(2, null, NottinghamGrade.GRADE_1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeStage.ofPositiveNodes(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lymph nodes");
        assertThatThrownBy(() -> GroupingScheme.FOUR_GROUPS.classify(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void implausibleFindingsAreRefusedNotScored() {
        // A 5000 mm tumour once scored "104.00: poor".
        assertThatThrownBy(() -> NottinghamPrognosticIndex.ofMillimetres(
                        5000, NodeStage.ONE_TO_THREE_NODES, NottinghamGrade.GRADE_2))
                .isInstanceOf(ImplausibleValueException.class)
                .hasMessageContaining("(0, 200] mm")
                .hasMessageContaining("5000");
        assertThatThrownBy(() -> new NottinghamPrognosticIndex(20.5, NodeStage.NODE_NEGATIVE, NottinghamGrade.GRADE_1))
                .isInstanceOf(ImplausibleValueException.class)
                .hasMessageContaining("check the unit");
        assertThatThrownBy(() -> NodeStage.ofPositiveNodes(61))
                .isInstanceOf(ImplausibleValueException.class)
                .hasMessageContaining("0..60");
        assertThatThrownBy(() -> NottinghamGrade.of(4)).isInstanceOf(ImplausibleValueException.class);
        // The limits themselves are plausible.
        assertThat(NottinghamPrognosticIndex.ofMillimetres(200, NodeStage.ofPositiveNodes(60), NottinghamGrade.of(3))
                        .value())
                .isCloseTo(10.0, within(1e-12));
    }
}
