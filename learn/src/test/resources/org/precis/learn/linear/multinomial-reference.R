# Reference fits for MultinomialLogisticRegressionTest. Run: Rscript multinomial-reference.R
# Writes multinomial-fixture.csv (x1, x2, x3, class) and multinomial-reference.csv (per row: the
# fitted class probabilities of the unpenalised fit by nnet::multinom, and of the L2-penalised
# full-softmax fit with lambda = 0.1 on standardised features, minimised here by optim BFGS).
library(nnet)
set.seed(7)
n <- 120
z <- matrix(rnorm(n * 3), n, 3)
beta <- rbind(c(0, 0, 0), c(1, -1, 0.5), c(-0.5, 1, 1))
score <- z %*% t(beta)
p <- exp(score) / rowSums(exp(score))
y <- apply(p, 1, function(r) sample(0:2, 1, prob = r))
# Features on different scales and offsets, so that standardisation matters.
x <- cbind(z[, 1] * 10 + 5, z[, 2] * 0.1 - 2, z[, 3] + 100)
colnames(x) <- c("x1", "x2", "x3")
write.csv(data.frame(round(x, 6), class = y), "multinomial-fixture.csv", row.names = FALSE)
x <- as.matrix(read.csv("multinomial-fixture.csv")[, 1:3])

# Unpenalised maximum likelihood: probabilities do not depend on the parametrisation. nnet's
# optimiser stops at about 1e-6 in the probabilities, so its fit is polished by optim on the
# same (class 0 baseline) likelihood with the exact gradient, and checked against nnet.
fit <- multinom(factor(y) ~ x, maxit = 10000, reltol = 1e-16, abstol = 1e-30, trace = FALSE)
design <- cbind(1, x)
baseline <- function(theta) {
  sc <- cbind(0, design %*% matrix(theta, ncol = 2))
  sc <- sc - apply(sc, 1, max)
  e <- exp(sc)
  e / rowSums(e)
}
Y0 <- outer(y, 0:2, "==") * 1
nll <- function(theta) -sum(log(rowSums(baseline(theta) * Y0)))
nllGradient <- function(theta) as.vector(t(design) %*% (baseline(theta) - Y0)[, 2:3])
polished <- optim(as.vector(t(coef(fit))), nll, nllGradient, method = "BFGS",
                  control = list(reltol = 1e-16, maxit = 100000))
# Newton steps with the exact Hessian finish what BFGS leaves at about 1e-5 in the gradient.
theta <- polished$par
for (step in 1:20) {
  p <- baseline(theta)[, 2:3]
  hessian <- matrix(0, 8, 8)
  for (i in 1:n) {
    w <- diag(p[i, ], 2) - outer(p[i, ], p[i, ])
    hessian <- hessian + kronecker(w, outer(design[i, ], design[i, ]))
  }
  theta <- theta - solve(hessian, nllGradient(theta))
}
stopifnot(max(abs(nllGradient(theta))) < 1e-9)
polished$par <- theta
p0 <- baseline(polished$par)
stopifnot(max(abs(p0 - fitted(fit))) < 1e-4)

# L2-penalised full softmax on standardised features: (1/n) sum -log p + lambda/2 ||W||^2.
lambda <- 0.1
mu <- colMeans(x)
sdev <- sqrt(colMeans(sweep(x, 2, mu)^2))
s <- sweep(sweep(x, 2, mu), 2, sdev, "/")
Y <- outer(y, 0:2, "==") * 1
unpack <- function(theta) matrix(theta, nrow = 3, byrow = TRUE)  # row k: w_k1 w_k2 w_k3 b_k
probs <- function(theta) {
  m <- unpack(theta)
  sc <- s %*% t(m[, 1:3]) + matrix(m[, 4], n, 3, byrow = TRUE)
  sc <- sc - apply(sc, 1, max)
  e <- exp(sc)
  e / rowSums(e)
}
objective <- function(theta) {
  m <- unpack(theta)
  -mean(log(rowSums(probs(theta) * Y))) + lambda / 2 * sum(m[, 1:3]^2)
}
gradient <- function(theta) {
  m <- unpack(theta)
  r <- (probs(theta) - Y) / n
  g <- cbind(t(r) %*% s + lambda * m[, 1:3], colSums(r))
  as.vector(t(g))
}
opt <- optim(rep(0, 12), objective, gradient, method = "BFGS",
             control = list(reltol = 1e-16, maxit = 100000))
stopifnot(opt$convergence == 0)
p1 <- probs(opt$par)
out <- data.frame(p0)
colnames(out) <- c("mle_0", "mle_1", "mle_2")
out$l2_0 <- p1[, 1]
out$l2_1 <- p1[, 2]
out$l2_2 <- p1[, 3]
write.csv(format(out, digits = 15), "multinomial-reference.csv", row.names = FALSE, quote = FALSE)
cat("max |grad| at the penalised optimum:", max(abs(gradient(opt$par))), "; at the MLE:",
    max(abs(nllGradient(polished$par))), "\n")
