package org.civicgrievance.intake.grievance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextSimilarityTest {

    @ParameterizedTest(name = "{0} ~ {1}: at least {2}, at most {3}")
    @CsvSource(delimiter = '|', textBlock = """
            幸福路12号门口的路灯坏了一周         | 幸福路12号门口的路灯坏了一周            | 1.0 | 1.0
            幸福路12号门口的路灯坏了一周         | 幸福路12号门口路灯坏了一个星期了        | 0.6 | 1.0
            The street light at No. 12 is out    | the street-light at no 12 is OUT!       | 1.0 | 1.0
            幸福路12号门口的路灯坏了一周         | 人民公园的噪声太大，晚上无法休息        | 0.0 | 0.2
            Pothole on Xingfu Road               | Barking dog next door all night         | 0.0 | 0.2
            ''                                   | ''                                      | 1.0 | 1.0
            幸                                   | 福                                      | 0.0 | 0.0
            """)
    void similarityOfResidentsTexts(String first, String second, double atLeast, double atMost) {
        double similarity = TextSimilarity.of(first, second);
        assertTrue(similarity >= atLeast && similarity <= atMost, first + " ~ " + second + " = " + similarity);
        assertTrue(similarity == TextSimilarity.of(second, first), "symmetric");
    }
}
