# Common given names across languages: a run of capitalised words that starts with one is a name.
"""Given names common in news copy (English, Romance, Germanic, Slavic, Arabic, South and East
Asian, African), written as they start a name. Names that are also ordinary capitalised words
or places (`Will`, `Grant`, `May`, `Jordan`, `Victoria`, `Paris`) are left out: for them the
other rules must find the evidence."""

from __future__ import annotations

from generators.scaffold.text import word_set

GIVEN_NAMES = word_set(
    """
    Aaron Abdul Abdullah Abel Abigail Abraham Adam Adele Adrian Adriana Agnes Ahmad Ahmed Aidan
    Aisha Akira Alan Alastair Albert Alberto Aleksandr Alessandro Alex Alexander Alexandra
    Alexandre Alexei Alexey Alfred Alfredo Ali Alice Alicia Alina Alison Alistair Allan Allison
    Alyssa Amanda Amber Amelia Amina Amir Amit Amy Ana Anand Anders Andrea Andreas Andrei Andres
    Andrew Andrzej Andy Angela Angelo Anil Anita Ann Anna Anne Annie Anthony Antoine Anton Antonio
    Anya Arjun Armando Arnold Arthur Arturo Ashley Ashok Audrey Axel Ayesha Barack Barbara Barry
    Beatrice Ben Benjamin Bernard Bernardo Bernie Beth Betty Beverly Bianca Bill Billy Bob Bobby
    Bonnie Boris Brad Bradley Brandon Brenda Brendan Brett Brian Bridget Bruce Bruno Bryan Caitlin
    Caleb Cameron Camille Candice Carl Carla Carlo Carlos Carmen Carol Caroline Carolyn Catherine
    Cecilia Cedric Celia Charles Charlie Charlotte Chen Cheryl Chloe Chris Christina Christine
    Christopher Cindy Claire Clara Claudia Claudio Colette Colin Connor Craig Cristina Cynthia
    Dale Damian Dan Daniel Daniela Danielle Danny Dario Darren Dave David Dean Deborah Debra Denis
    Dennis Derek Diana Diane Diego Dmitri Dmitry Dolores Dominic Donald Donna Doris Dorothy Doug
    Douglas Dylan Ed Eddie Edgar Edith Eduardo Edward Edwin Elena Eleanor Eli Elias Elijah Elisa
    Elizabeth Ella Ellen Elliot Emily Emma Emmanuel Enrique Eric Erica Erik Erin Ernest
    Ernesto Esther Ethan Eugene Eva Evan Evelyn Fabio Fatima Federico Felipe Felix Fernando
    Fiona Francesca Francesco Francis Francisco Franco Francois François Frank Franz Fred
    Frederick Gabriel Gabriela Gareth Gary Gavin Geoffrey George Georg Gerald Gerard Gerhard
    Giovanni Giulia Giuseppe Gloria Gordon Graham Greg Gregory Guillermo Gustavo Hamid
    Hannah Hans Harold Harriet Harry Hassan Heather Hector Heidi Helen Helena Henri Henry Herbert
    Hiroshi Howard Hugh Hugo Hussein Ian Ibrahim Igor Imran Ingrid Irene Iris Isaac Isabel
    Isabella Ivan Jack Jackie Jacob Jacqueline Jacques Jaime Jake James Jamie Jan Jane Janet
    Janice Jared Jason Javier Jean Jeff Jeffrey Jennifer Jens Jeremy Jerome Jerry Jess Jessica
    Jill Jim Jimmy Joan Joanna Joanne Joe Joel Johan Johann Johannes John Johnny Jon Jonathan
    Jorge Jose José Josef Joseph Josephine Josh Joshua Juan Judith Judy Julia Julian Julie
    Juliet Julio Julius Justin Karen Karim Karin Karl Kate Katherine Kathleen Kathryn Kathy Katie
    Keith Kelly Ken Kenneth Kevin Khalid Kim Kimberly Kirk Klaus Kurt Kyle Lakshmi Lars Laura
    Lauren Lawrence Leah Lee Leila Lena Leo Leon Leonard Leonardo Leslie Lewis Liam Linda Lisa
    Liz Lorenzo Louis Louise Luca Lucas Lucia Lucy Luigi Luis Luisa Luke Lydia Lynn Magdalena
    Mahmoud Malcolm Manuel Marc Marcel Marco Marcus Margaret Maria Marie Marina Mario Marion
    Marta Martha Martin Mary Matt Matteo Matthew Maurice Max Maxim Maxime Maya Megan Melanie
    Melissa Michael Michel Michelle Miguel Mikhail Miles Mohamed Mohammad Mohammed Monica Muhammad
    Nadia Nancy Naomi Natalia Natalie Nathan Nathaniel Neil Nelson Nicholas Nick Nicola Nicolas
    Nicole Nikolai Nina Noah Noel Nora Norman Olga Oliver Olivia Omar Oscar Owen Pablo
    Pamela Paolo Patricia Patrick Paul Paula Pauline Pedro Peggy Peter Philip Philippe Phillip
    Pierre Priya Rachel Rafael Rahul Raj Rajesh Ralph Ramon Randy Raul Ravi Ray Raymond Rebecca
    Renee Ricardo Richard Rick Rita Rob Robert Roberta Roberto Robin Roger Roland
    Ron Ronald Rosa Rosalind Ross Roy Ruben Ruth Ryan Sadiq Salma Sam Samantha Samir Samuel
    Sandra Sanjay Sara Sarah Scott Sean Sebastian Sergei Sergey Sergio Seth Shane Sharon Shirley
    Simon Simone Sofia Sonia Sophie Stanley Stefan Stefania Stephanie Stephen Steve Steven
    Stuart Susan Suzanne Sven Sylvia Tanya Tara Ted Teresa Terry Thomas Tim Timothy Tina
    Toby Todd Tom Tommy Tony Tracy Travis Trevor Tyler Uma Ursula Valentina Valerie Vanessa
    Vera Veronica Victor Vikram Vincent Vinod Viktor Vladimir Walter Wayne Wendy Werner William
    Wolfgang Xavier Yasmin Yolanda Youssef Yuri Yusuf Yvette Yvonne Zachary Zoe
    """
)
