"""Measuring the engines against what people judged by reading."""
