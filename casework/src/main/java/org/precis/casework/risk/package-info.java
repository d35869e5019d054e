/**
 * A case's survival risk from a saved Cox model as a case analysis: linear predictor, relative
 * hazard, risk group and predicted 5- and 10-year survival with the model's band, from the case's
 * clinical data; the predicted curve is kept as a PNG chart for the report.
 */
package org.precis.casework.risk;
